"""The project index's filters: programme (by id, any translation of it), status (derived from
the dates) and a partner's country. See home.listing for a value that names nothing."""

import django_filters
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.listing import CountryFilter, QueryValueFilter, parse_id
from projects.models.project import ProjectPartner, ProjectStatus
from projects.models.snippets import FundingProgramme


def find_programme(value):
    """The programme with this id, or None: one query, none for a value that is no id."""
    pk = parse_id(value)
    return None if pk is None else FundingProgramme.objects.filter(pk=pk).first()


def parse_status(value):
    return ProjectStatus(value) if value in ProjectStatus.values else None


class ProjectFilterSet(django_filters.FilterSet):
    """Parses `?programme=<id>&status=<planned|ongoing|completed>&country=<ISO code>` and
    narrows the projects; the status compares the dates with today's."""

    programme = QueryValueFilter(
        parse=find_programme,
        error=_("There is no programme “%(value)s”."),
        method="filter_programme",
    )
    status = QueryValueFilter(
        parse=parse_status,
        error=_("There is no project status “%(value)s”."),
        method="filter_status",
    )
    country = CountryFilter(method="filter_country")

    def filter_programme(self, projects, name, programme):
        return projects.filter(programme__translation_key=programme.translation_key)

    def filter_status(self, projects, name, status):
        today = timezone.localdate()
        return projects.filter(
            {
                ProjectStatus.PLANNED: models.Q(start_date__gt=today),
                ProjectStatus.ONGOING: models.Q(start_date__lte=today, end_date__gte=today),
                ProjectStatus.COMPLETED: models.Q(end_date__lt=today),
            }[status]
        )

    def filter_country(self, projects, name, country):
        return projects.filter(
            pk__in=ProjectPartner.objects.filter(organisation__country=country).values("page_id")
        )
