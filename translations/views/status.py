"""Admin views for the translation status report and its dashboard panel."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from home.site_trees import report_site_paths
from translations.coverage import attach_coverage
from translations.forms import TranslationStatusFilterForm
from translations.glossary.report import add_glossary_warnings
from translations.status import get_translation_status
from translations.status_items import (
    report_locale_codes,
    user_can_submit_translations,
    user_can_view_translation_status,
)


class TranslationStatusReportView(SpreadsheetExportMixin, WagtailAdminTemplateMixin, TemplateView):
    """Every source page and snippet in every other locale, with its status and a link."""

    template_name = "translations/status/report.html"
    page_title = _("Translation status")
    header_icon = "site"
    paginate_by = 50
    export_filename = "translation-status"
    list_export = [
        "content_type_name",
        "title",
        "source_language",
        "language",
        "status_label",
        "coverage_percent",
        "needs_revision",
        "url",
    ]
    export_headings = {
        "content_type_name": _("Content type"),
        "title": _("Title"),
        "source_language": _("Source language"),
        "language": _("Language"),
        "status_label": _("Status"),
        "coverage_percent": _("Translated (%)"),
        "needs_revision": _("Strings needing revision"),
        "url": _("Link"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not user_can_view_translation_status(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        self.filter_form = TranslationStatusFilterForm(request.GET, user=request.user)
        filters = self.filter_form.filters()
        own_codes = report_locale_codes(request.user)
        if own_codes is not None:  # a translator reads their own languages only
            asked = [code for code in filters["locale_codes"] or [] if code in own_codes]
            filters["locale_codes"] = asked or own_codes
        # An organisation's people read their own site's pages only (home.site_trees).
        filters["site_paths"] = report_site_paths(request.user, self.filter_form.chosen_site())
        self.status = get_translation_status(**filters)
        attach_coverage(self.status.items)
        if self.is_export:
            return self.export(request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    def export(self, spreadsheet_format):
        response = self.as_spreadsheet(self.status.items, spreadsheet_format)
        if not response.streaming:
            return response
        # Wagtail streams CSV lazily, after the request's language is deactivated: write it now
        # so headings and statuses come out in the user's language.
        written = HttpResponse(b"".join(response.streaming_content))
        for header, value in response.items():
            written[header] = value
        return written

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["url"] = self.request.build_absolute_uri(row["url"])
        return row

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        paginator = Paginator(self.status.items, self.paginate_by)
        page = paginator.get_page(self.request.GET.get("p"))
        query = self.request.GET.copy()
        query.pop("p", None)
        context.update(
            {
                "filter_form": self.filter_form,
                "summary": self.status.summary(),
                "page_obj": page,
                # Before review: how many strings ignore the glossary, on the rows shown.
                "items": add_glossary_warnings(list(page.object_list)),
                "elided_page_range": paginator.get_elided_page_range(page.number),
                "export_query": query,
            }
        )
        return context


class TranslationStatusPanel(Component):
    """Dashboard panel: per language, how many items are up to date, out of date or missing."""

    name = "translation_status"
    template_name = "translations/status/panel.html"
    order = 250

    def render_html(self, parent_context=None):
        if not user_can_submit_translations(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        return {
            "summary": get_translation_status().summary(),
            "report_url": reverse("translations_status"),
        }
