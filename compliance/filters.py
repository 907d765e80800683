"""The report's filters: site, language, programme, project, rule, page type and status. A
user whose groups are one organisation's (`add_site`) sees that site's rows only, whatever
the "Site" filter says (home.site_trees)."""

import django_filters
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from home.i18n import prefer_active_locale
from home.site_trees import (
    in_trees,
    in_trees_q,
    report_site_paths,
    site_choices,
    user_site_ids,
)
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


def project_choices(home_paths=None):
    """Each project once, named in the editor's language; only those below `home_paths` (some
    sites' trees) when given."""
    pages = ProjectPage.objects.filter(alias_of__isnull=True).select_related("locale")
    if home_paths is not None:
        pages = pages.filter(in_trees_q(home_paths))
    projects = prefer_active_locale(pages)
    return sorted(
        ((str(key), project.title) for key, project in projects.items()),
        key=lambda choice: choice[1].casefold(),
    )


class ComplianceFilterSet(WagtailFilterSet):
    """Parses the query string only: `ComplianceReportView.filter_queryset` applies the
    values to the report's rows (a list, not a queryset)."""

    site = django_filters.ChoiceFilter(label=_("Site"), choices=site_choices)
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

    def __init__(self, *args, **kwargs):
        """An organisation's editor is offered their own sites and projects only."""
        super().__init__(*args, **kwargs)
        user = getattr(self.request, "user", None)
        home_paths = report_site_paths(user) if user is not None else None
        if home_paths is None:
            return
        self.filters["project"].extra["choices"] = project_choices(home_paths)
        allowed = {str(pk) for pk in user_site_ids(user) or ()}
        self.filters["site"].extra["choices"] = [
            choice for choice in site_choices() if choice[0] in allowed
        ]


def filtered_rows(data, user):
    """The report's rows kept by the filters in the query string `data` (a QueryDict), of
    the sites `user` may see."""
    filters = ComplianceFilterSet(data)
    values = filters.form.cleaned_data if filters.is_valid() else {}
    return filter_by(build_rows(), values, user)


def filter_by(rows, values, user):
    home_paths = report_site_paths(user, values.get("site"))
    if home_paths is not None:
        rows = [row for row in rows if in_trees(row.page.path, home_paths)]
    return filter_rows(
        rows,
        language=values.get("language") or "",
        programme_key=values.get("programme") or None,
        project_key=values.get("project") or None,
        rule=values.get("rule") or "",
        page_type=values.get("page_type") or "",
        status=values.get("status") or "",
    )
