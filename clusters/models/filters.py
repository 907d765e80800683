"""The member directory's filters: craft sector (by slug, translated slugs too), region (by
id), country, openness to cooperation, a language spoken and a text query. See home.listing
for what happens to a value that names nothing; clusters.models.directory counts each facet's values
from the values parsed here."""

import django_filters
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from clusters.models.taxonomy import CraftSector, Region
from home.i18n import first_in_active_locale
from home.listing import (
    CountryFilter,
    QueryValueField,
    QueryValueFilter,
    active_values,
    parse_id,
    parse_slug,
)

QUERY_MAX_LENGTH = 100


def find_sector(slug):
    """The craft sector with this slug (in the active language if there is one), or None."""
    if parse_slug(slug, max_length=80) is None:
        return None
    return first_in_active_locale(CraftSector.objects.filter(slug=slug).select_related("locale"))


def find_region(value):
    """The region with this id, or None for anything that is not a plausible id."""
    pk = parse_id(value)
    return None if pk is None else Region.objects.filter(pk=pk).first()


def parse_language(value):
    code = value.lower()
    return code if code in settings.ALL_LANGUAGES else None


class MemberTextField(QueryValueField):
    """Text to look for in a member's name, description or place: printable and short."""

    def clean(self, value):
        value = self.to_python(value)
        if len(value) > QUERY_MAX_LENGTH:
            raise ValidationError(
                _("The search text is too long: use at most %(max)d characters."),
                code="too_long",
                params={"max": QUERY_MAX_LENGTH},
            )
        if not value.isprintable():
            raise ValidationError(
                _("The search text contains characters that cannot be searched."),
                code="unprintable",
            )
        return value or None


class MemberTextFilter(QueryValueFilter):
    field_class = MemberTextField


def language_condition(code):
    """Members who list this language code (a known code: it is matched as JSON text, which
    works the same on SQLite and PostgreSQL)."""
    return Q(languages_spoken__icontains=f'"{code}"')


class DirectoryFilterSet(django_filters.FilterSet):
    """Parses the directory's query string and narrows the members. `active` holds the valid
    values by facet name; `conditions(skip)` is every active filter but one, for that facet's
    own counts."""

    sector = QueryValueFilter(
        parse=find_sector, error=_("There is no craft sector “%(slug)s”."), param="slug"
    )
    region = QueryValueFilter(parse=find_region, error=_("There is no region “%(value)s”."))
    country = CountryFilter()
    open = QueryValueFilter(
        parse=lambda value: True if value == "1" else None,
        error=_("“%(value)s” is not a valid choice for “open to cooperation”."),
    )
    language = QueryValueFilter(parse=parse_language, error=_("There is no language “%(value)s”."))
    q = MemberTextFilter()

    @property
    def active(self):
        return active_values(self.form)

    def conditions(self, skip=None):
        """A Q object for every active filter except `skip` (for that facet's own counts)."""
        condition = Q()
        active = {name: value for name, value in self.active.items() if name != skip}
        if "sector" in active:
            condition &= Q(craft_sectors__translation_key=active["sector"].translation_key)
        if "region" in active:
            condition &= Q(region__translation_key=active["region"].translation_key)
        if "country" in active:
            condition &= Q(country=active["country"])
        if "open" in active:
            condition &= Q(open_to_cooperation=True)
        if "language" in active:
            condition &= language_condition(active["language"])
        if "q" in active:
            text = active["q"]
            condition &= (
                Q(title__icontains=text)
                | Q(intro__icontains=text)
                | Q(description__icontains=text)
                | Q(municipality__icontains=text)
            )
        return condition

    def matching_pks(self, skip=None):
        """Ids of the members that pass every active filter except `skip`, as a subquery."""
        return self.queryset.filter(self.conditions(skip)).order_by().values("pk")

    def filter_queryset(self, members):
        return members.filter(pk__in=self.matching_pks())
