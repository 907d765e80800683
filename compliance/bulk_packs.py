"""Evidence packs in bulk from the EU visibility report: one pack for each project the
report's filtered rows are about, for the projects the user may edit. A GET shows what would
be built (the report's header links here with its filters); a POST queues the packs."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from projects.models import ProjectPage

from .evidence.tasks import request_pack
from .filters import filtered_rows
from .permissions import can_edit, user_can_view_report


def editable_projects(rows, user):
    """One live project page per project the rows are about, the user may edit: the page in
    the site's default language where they may edit it (the pack holds every language)."""
    keys = {key for row in rows for key in row.projects}
    pages = ProjectPage.objects.live().filter(translation_key__in=keys, alias_of__isnull=True)
    default = settings.LANGUAGE_CODE
    chosen = {}
    for page in sorted(
        pages.select_related("locale"), key=lambda page: page.locale.language_code != default
    ):
        if page.translation_key not in chosen and can_edit(user, page):
            chosen[page.translation_key] = page
    return sorted(chosen.values(), key=lambda page: page.title.casefold())


class BulkEvidencePackView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "compliance/evidence/bulk.html"
    page_title = gettext_lazy("Build evidence packs")
    header_icon = "doc-full-inverse"
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if not user_can_view_report(request.user):
            raise PermissionDenied
        self.projects = editable_projects(filtered_rows(request.GET, request.user), request.user)
        return super().dispatch(request, *args, **kwargs)

    def report_url(self):
        query = self.request.GET.urlencode()
        return reverse("compliance_report") + (f"?{query}" if query else "")

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": self.report_url(), "label": _("EU visibility")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["projects"] = self.projects
        context["report_url"] = self.report_url()
        return context

    def post(self, request):
        for page in self.projects:
            request_pack(page, request.user)
        if not self.projects:
            messages.warning(request, _("No project here is one you may edit: nothing was built."))
            return redirect(self.report_url())
        count = len(self.projects)
        text = ngettext(
            "%(count)d evidence pack is being built. Each project's packs are listed here:",
            "%(count)d evidence packs are being built. Each project's packs are listed here:",
            count,
        ) % {"count": count}
        links = format_html_join(
            ", ",
            '<a href="{}">{}</a>',
            (
                (reverse("compliance_evidence_packs", args=[page.pk]), page.title)
                for page in self.projects
            ),
        )
        messages.success(request, format_html("{} {}", text, links))
        return redirect(self.report_url())
