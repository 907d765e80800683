"""The dashboard's "EU visibility" panel: how many pages and languages fail a rule, linking to
the report. The count is kept in the shared frame cache (`home.shared_cache`): saving any
content starts a new generation, and the key names the day, since results fall due when a
project's end date passes. So the dashboard checks the site once per change, not per view."""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from home.dashboard import PANEL_ORDER
from home.shared_cache import shared

from .permissions import user_can_view_report
from .report import build_rows, filter_rows


def failing_count(request=None):
    """Rows of the report as it opens (failing pages and languages): cached per generation."""
    return shared(
        request,
        f"compliance_failures:{timezone.localdate().isoformat()}",
        lambda: len(filter_rows(build_rows())),
    )


class ComplianceFailuresPanel(Component):
    name = "eu_visibility"
    template_name = "compliance/panel.html"
    order = PANEL_ORDER["compliance"]

    def render_html(self, parent_context):
        if not user_can_view_report(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        return {
            "count": failing_count(parent_context["request"]),
            "report_url": reverse("compliance_report"),
        }
