"""The EU visibility report in the admin's Reports menu, with CSV and XLSX export."""

import datetime

from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import HeaderButton

from .filters import ComplianceFilterSet, filter_by
from .permissions import report_permission_policy
from .report import build_rows


class FindingsColumn(Column):
    """What the row lacks, each item linked to the admin view that fixes it."""

    cell_template_name = "compliance/findings_cell.html"


class ComplianceReportView(ReportView):
    """Every live project page and news post about a project, in every language, that fails
    an EU visibility rule (`compliance.rules`), with links to fix each finding."""

    page_title = _("EU visibility")
    header_icon = "info-circle"
    index_url_name = "compliance_report"
    index_results_url_name = "compliance_report_results"
    filterset_class = ComplianceFilterSet
    permission_policy = report_permission_policy
    permission_required = "view"
    paginate_by = 50
    columns = [
        TitleColumn(
            "title", label=_("Page"), get_url=lambda row: row.edit_url, id_accessor="page.pk"
        ),
        Column("language_name", label=_("Language")),
        Column("page_type_label", label=_("Page type")),
        Column("programme_names", label=_("Programme")),
        FindingsColumn("findings", label=_("What is missing")),
    ]
    list_export = [
        "title",
        "language",
        "page_type_label",
        "programme_names",
        "status",
        "rules",
        "missing",
        "fix_urls",
    ]
    export_headings = {
        "title": _("Page"),
        "language": _("Language"),
        "page_type_label": _("Page type"),
        "programme_names": _("Programme"),
        "status": _("Status"),
        "rules": _("Rules"),
        "missing": _("What is missing"),
        "fix_urls": _("Where to fix it"),
    }

    @property
    def no_results_message(self):
        if self.is_filtering:
            return _("No page matches these filters.")
        return _("Every project page and news post about a project passes every rule.")

    @property
    def header_buttons(self):
        """To build the evidence packs of the filtered rows' projects (`compliance.bulk_packs`)."""
        query = self.request.GET.urlencode()
        url = reverse("compliance_report_evidence_packs") + (f"?{query}" if query else "")
        label = _("Build evidence packs for these projects")
        return [HeaderButton(label, url, icon_name="download")]

    def get_filename(self):
        return f"eu-visibility-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return build_rows()

    def filter_queryset(self, rows):
        values = {}
        if self.filters and self.filters.is_valid():
            values = self.filters.form.cleaned_data
        return filter_by(rows, values, self.request.user)

    def get_filtered_queryset(self):
        return self.filter_queryset(self.get_queryset())

    def to_row_dict(self, row):
        values = super().to_row_dict(row)
        values["fix_urls"] = "\n".join(
            self.request.build_absolute_uri(finding.edit_url)
            for finding in row.findings
            if finding.edit_url
        )
        values["page_type_label"] = str(values["page_type_label"])
        values["status"] = str(values["status"])
        return values

    def as_spreadsheet(self, rows, spreadsheet_format):
        """Written while the view runs: Wagtail streams a CSV after switching back from the
        editor's language, and the messages would come out in the site's."""
        response = super().as_spreadsheet(rows, spreadsheet_format)
        if not response.streaming:
            return response
        written = HttpResponse(b"".join(response.streaming_content))
        for header, value in response.items():
            written[header] = value
        return written
