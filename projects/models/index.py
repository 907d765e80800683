"""The project index: a language's projects, filtered by programme, status and country."""

from django.utils.translation import gettext_lazy as _

from home.countries import COUNTRY_CHOICES
from home.i18n import localize_all, prefer_active_locale
from home.listing import FilteredListingMixin, filtered_page
from home.models import BasePage
from home.tree import child_of
from projects.models.filters import ProjectFilterSet

from .project import ProjectPage, ProjectPartner, ProjectStatus
from .snippets import FundingProgramme

PROJECTS_PER_PAGE = 24


class ProjectIndexPage(FilteredListingMixin, BasePage):
    """Lists a language's projects, filtered by programme, status and partner country.
    One per home page; editors write its introduction."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project index page")

    def get_projects(self):
        return (
            child_of(ProjectPage.objects, self)
            .live()
            .public()
            .select_related("programme")
            .order_by("-start_date", "title")
        )

    def get_filter_choices(self, projects):
        """Programmes (in the active language where translated) and partner countries that
        the index's projects use, and the three statuses. Two queries."""
        programme_keys = projects.order_by().values("programme__translation_key")
        programmes = prefer_active_locale(
            FundingProgramme.objects.filter(translation_key__in=programme_keys).select_related(
                "locale"
            )
        ).values()
        used_countries = set(
            ProjectPartner.objects.filter(page__in=projects.order_by().values("pk"))
            .order_by()
            .values_list("organisation__country", flat=True)
            .distinct()
        )
        return {
            "programmes": sorted(programmes, key=lambda p: str(p).casefold()),
            "statuses": ProjectStatus.choices,
            "countries": [
                (code, label) for code, label in COUNTRY_CHOICES if code in used_countries
            ],
        }

    def get_context(self, request, *args, **kwargs):
        """Projects filtered by the query string. A fixed number of queries: the filter
        choices (two), the programme lookup when given, the projects with their programmes
        and the programmes' translations."""
        context = super().get_context(request, *args, **kwargs)
        live_projects = self.get_projects()
        choices = self.get_filter_choices(live_projects)
        filters = ProjectFilterSet(request.GET, queryset=live_projects)
        listing = filtered_page(
            request, filters, PROJECTS_PER_PAGE, prepare=attach_localized_programmes
        )
        context.update(listing.context("projects"))
        context["filter_choices"] = choices
        return context


def attach_localized_programmes(projects):
    """Give each project `localized_programme` in the active language: one query for all."""
    projects = list(projects)
    programmes = localize_all(project.programme for project in projects)
    for project, programme in zip(projects, programmes, strict=True):
        project.localized_programme = programme
    return projects
