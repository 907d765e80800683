"""The project index: a language's projects, filtered by programme, status and country."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.countries import COUNTRY_CHOICES
from home.i18n import localize_all, one_per_translation
from home.models import BasePage
from home.pagination import forgiving_page

from .project import ProjectPage, ProjectPartner, ProjectStatus
from .snippets import FundingProgramme

PROJECTS_PER_PAGE = 24


class ProjectIndexPage(BasePage):
    """Lists a language's projects, filtered by programme, status and partner country.
    One per home page; editors write its introduction."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project index page")

    def get_projects(self):
        return (
            ProjectPage.objects.child_of(self)
            .live()
            .public()
            .select_related("programme")
            .order_by("-start_date", "title")
        )

    def get_filter_choices(self, projects):
        """Programmes (in the active language where translated) and partner countries that
        the index's projects use, and the three statuses. Two queries."""
        programme_keys = projects.order_by().values("programme__translation_key")
        programmes = one_per_translation(
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

    def get_active_filters(self, params):
        """The filters the query string asks for, and a message for each value that names
        nothing (checked before any reaches the database: no NUL byte, no huge id)."""
        active, errors = {}, []
        value = params.get("programme", "").strip()
        if value:
            programme = None
            if value.isascii() and value.isdigit() and len(value) <= 9:
                programme = FundingProgramme.objects.filter(pk=int(value)).first()
            if programme is None:
                errors.append(_("There is no programme “%(value)s”.") % {"value": value})
            else:
                active["programme"] = programme
        value = params.get("status", "").strip()
        if value:
            if value in ProjectStatus.values:
                active["status"] = ProjectStatus(value)
            else:
                errors.append(_("There is no project status “%(value)s”.") % {"value": value})
        value = params.get("country", "").strip()
        if value:
            if value.upper() in dict(COUNTRY_CHOICES):
                active["country"] = value.upper()
            else:
                errors.append(_("There is no country “%(value)s”.") % {"value": value})
        return active, errors

    def filter_projects(self, projects, active, today=None):
        if "programme" in active:
            projects = projects.filter(
                programme__translation_key=active["programme"].translation_key
            )
        if "status" in active:
            today = today or timezone.localdate()
            projects = projects.filter(
                {
                    ProjectStatus.PLANNED: models.Q(start_date__gt=today),
                    ProjectStatus.ONGOING: models.Q(start_date__lte=today, end_date__gte=today),
                    ProjectStatus.COMPLETED: models.Q(end_date__lt=today),
                }[active["status"]]
            )
        if "country" in active:
            projects = projects.filter(
                pk__in=ProjectPartner.objects.filter(
                    organisation__country=active["country"]
                ).values("page_id")
            )
        return projects

    def get_context(self, request, *args, **kwargs):
        """Projects filtered by the query string. A fixed number of queries: the filter
        choices (two), the programme lookup when given, the projects with their programmes
        and the programmes' translations."""
        context = super().get_context(request, *args, **kwargs)
        live_projects = self.get_projects()
        choices = self.get_filter_choices(live_projects)
        active, errors = self.get_active_filters(request.GET)
        projects = forgiving_page(
            live_projects.none() if errors else self.filter_projects(live_projects, active),
            PROJECTS_PER_PAGE,
            request.GET.get("page"),
        )
        projects.object_list = list(projects.object_list)
        programmes = localize_all(project.programme for project in projects.object_list)
        for project, programme in zip(projects.object_list, programmes, strict=True):
            project.localized_programme = programme
        context["projects"] = projects
        context["filter_choices"] = choices
        context["active_filters"] = active
        context["filter_errors"] = errors
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A filter value that names nothing: say so on the page, and tell robots it is missing.
        if getattr(response, "context_data", None) and response.context_data.get("filter_errors"):
            response.status_code = 404
        return response
