"""The admin hooks of the EU visibility checks; Wagtail imports this module, nothing else does.

- The report: its admin URLs and its item in the Reports menu, for those who may see it.
- The dashboard's "EU visibility" panel, for the same people.
- The publish warning listens to a signal, not a hook (see `compliance.publish_warning`).
- The poster's and the evidence pack's admin actions and URLs, registered on import of
  their `hooks` modules.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .bulk_packs import BulkEvidencePackView
from .evidence import hooks as evidence_hooks  # noqa: F401
from .panel import ComplianceFailuresPanel
from .permissions import user_can_view_report
from .poster import hooks as poster_hooks  # noqa: F401
from .views import ComplianceReportView


class ComplianceReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_view_report(request.user)


@hooks.register("register_admin_urls")
def register_compliance_report_urls():
    return [
        path("reports/eu-visibility/", ComplianceReportView.as_view(), name="compliance_report"),
        path(
            "reports/eu-visibility/results/",
            ComplianceReportView.as_view(results_only=True),
            name="compliance_report_results",
        ),
        path(
            "reports/eu-visibility/evidence-packs/",
            BulkEvidencePackView.as_view(),
            name="compliance_report_evidence_packs",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_compliance_report_menu_item():
    return ComplianceReportMenuItem(
        _("EU visibility"),
        reverse("compliance_report"),
        name="eu-visibility",
        icon_name="info-circle",
        order=950,
    )


@hooks.register("construct_homepage_panels")
def add_compliance_panel(request, panels):
    if user_can_view_report(request.user):
        panels.append(ComplianceFailuresPanel())
