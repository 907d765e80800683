"""The report's filters: language, programme, project, rule, page type and status."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from home.i18n import prefer_active_locale
from projects.models import FundingProgramme, ProjectPage

from .report import PageType, build_rows, filter_rows
from .report_permission import ComplianceReport
from .rules import RULE_LABELS


def programme_choices():
    """Each programme once (every language's version shares its key), named in the editor's
    language where translated: one query."""
    programmes = prefer_active_locale(FundingProgramme.objects.select_related("locale"))
    return sorted(
        ((str(key), str(programme)) for key, programme in programmes.items()),
        key=lambda choice: choice[1].casefold(),
    )


def project_choices():
    projects = prefer_active_locale(
        ProjectPage.objects.filter(alias_of__isnull=True).select_related("locale")
    )
    return sorted(
        ((str(key), project.title) for key, project in projects.items()),
        key=lambda choice: choice[1].casefold(),
    )


class ComplianceFilterSet(WagtailFilterSet):
    """Parses the query string only: `ComplianceReportView.filter_queryset` applies the
    values to the report's rows (a list, not a queryset)."""

    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=lambda: list(settings.WAGTAIL_CONTENT_LANGUAGES)
    )
    programme = django_filters.ChoiceFilter(label=_("Programme"), choices=programme_choices)
    project = django_filters.ChoiceFilter(label=_("Project"), choices=project_choices)
    rule = django_filters.ChoiceFilter(label=_("Rule"), choices=list(RULE_LABELS.items()))
    page_type = django_filters.ChoiceFilter(label=_("Page type"), choices=PageType.CHOICES)
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("all", _("Failing and passing")), ("passing", _("Passing only"))],
        empty_label=_("Failing only"),
    )

    class Meta:
        model = ComplianceReport
        fields = []


def filtered_rows(data):
    """The report's rows kept by the filters in the query string `data` (a QueryDict)."""
    filters = ComplianceFilterSet(data)
    values = filters.form.cleaned_data if filters.is_valid() else {}
    return filter_by(build_rows(), values)


def filter_by(rows, values):
    return filter_rows(
        rows,
        language=values.get("language") or "",
        programme_key=values.get("programme") or None,
        project_key=values.get("project") or None,
        rule=values.get("rule") or "",
        page_type=values.get("page_type") or "",
        status=values.get("status") or "",
    )
