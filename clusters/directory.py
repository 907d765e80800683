"""The member directory on the cluster index: every member of a language's clusters, filtered
by craft sector, region, country, openness to cooperation, languages spoken and a text query,
with a count for each filter value and a page at a time.

Filter values come from shareable GET addresses. A value that names nothing gives the page a
404 with a message saying why; it never reaches the database unchecked (a NUL byte, which
PostgreSQL refuses, or an id too large for SQLite, would otherwise be a 500).
"""

from django.conf import settings
from django.core.validators import slug_unicode_re
from django.db.models import Count, Q
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from clusters.models.members import ClusterMemberPage, prepare_member_cards
from clusters.models.taxonomy import CraftSector, Region
from home.countries import COUNTRY_CHOICES
from home.i18n import one_per_translation
from home.pagination import forgiving_page

MEMBERS_PER_PAGE = 12
QUERY_MAX_LENGTH = 100
FACETS = ("sector", "region", "country", "open", "language", "q")


def _locale_rank(obj):
    """The active language's objects first, then the default language's, then any other."""
    code = obj.locale.language_code
    return 0 if code == get_language() else 1 if code == settings.LANGUAGE_CODE else 2


def find_sector(slug):
    """The craft sector with this slug (in the active language if there is one), or None."""
    if len(slug) > 80 or not slug_unicode_re.fullmatch(slug):
        return None
    sectors = CraftSector.objects.filter(slug=slug).select_related("locale")
    return min(sectors, key=_locale_rank, default=None)


def find_region(value):
    """The region with this id, or None for anything that is not a plausible id."""
    if not (value.isascii() and value.isdigit() and len(value) <= 9):
        return None
    return Region.objects.filter(pk=int(value)).first()


class DirectoryFilters:
    """The filters a query string asks for (`active`) and a message per bad value (`errors`)."""

    def __init__(self, params):
        self.active, self.errors = {}, []
        countries = dict(COUNTRY_CHOICES)

        slug = params.get("sector", "").strip()
        if slug:
            sector = find_sector(slug)
            if sector is None:
                self.errors.append(_("There is no craft sector “%(slug)s”.") % {"slug": slug})
            else:
                self.active["sector"] = sector

        value = params.get("region", "").strip()
        if value:
            region = find_region(value)
            if region is None:
                self.errors.append(_("There is no region “%(value)s”.") % {"value": value})
            else:
                self.active["region"] = region

        value = params.get("country", "").strip()
        if value:
            if value.upper() in countries:
                self.active["country"] = value.upper()
            else:
                self.errors.append(_("There is no country “%(value)s”.") % {"value": value})

        value = params.get("open", "").strip()
        if value:
            if value == "1":
                self.active["open"] = True
            else:
                self.errors.append(
                    _("“%(value)s” is not a valid choice for “open to cooperation”.")
                    % {"value": value}
                )

        value = params.get("language", "").strip()
        if value:
            if value.lower() in settings.ALL_LANGUAGES:
                self.active["language"] = value.lower()
            else:
                self.errors.append(_("There is no language “%(value)s”.") % {"value": value})

        value = params.get("q", "").strip()
        if value:
            if len(value) > QUERY_MAX_LENGTH:
                self.errors.append(
                    _("The search text is too long: use at most %(max)d characters.")
                    % {"max": QUERY_MAX_LENGTH}
                )
            elif not value.isprintable():
                self.errors.append(
                    _("The search text contains characters that cannot be searched.")
                )
            else:
                self.active["q"] = value

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


def language_condition(code):
    """Members who list this language code (a known code: it is matched as JSON text, which
    works the same on SQLite and PostgreSQL)."""
    return Q(languages_spoken__icontains=f'"{code}"')


def matching_pks(members, filters, skip=None):
    """Ids of `members` that pass every active filter except `skip`, as a subquery."""
    return members.filter(filters.conditions(skip)).order_by().values("pk")


class FacetValue:
    def __init__(self, value, label, count, selected, obj=None):
        self.value, self.label, self.count, self.selected, self.obj = (
            value,
            label,
            count,
            selected,
            obj,
        )


def get_facets(members, filters):
    """Each facet's values with how many members each would show, given the other filters.
    Values are those used by any member of the directory. Six queries, whatever the size."""
    active = filters.active
    through = ClusterMemberPage.craft_sectors.through
    sector_counts = dict(
        through.objects.filter(clustermemberpage__in=members.order_by().values("pk"))
        .values_list("craftsector__translation_key")
        .annotate(
            n=Count(
                "clustermemberpage",
                distinct=True,
                filter=Q(clustermemberpage__in=matching_pks(members, filters, "sector")),
            )
        )
        .order_by()
    )
    sectors = one_per_translation(
        CraftSector.objects.filter(translation_key__in=sector_counts).select_related("locale")
    )
    selected_sector = active["sector"].translation_key if "sector" in active else None
    sector_values = sorted(
        (
            FacetValue(s.slug, s.name, sector_counts[key], key == selected_sector, s)
            for key, s in sectors.items()
        ),
        key=lambda v: v.label.casefold(),
    )

    region_counts = dict(
        members.exclude(region=None)
        .order_by()
        .values_list("region__translation_key")
        .annotate(n=Count("pk", filter=Q(pk__in=matching_pks(members, filters, "region"))))
    )
    regions = one_per_translation(
        Region.objects.filter(translation_key__in=region_counts).select_related("locale")
    )
    selected_region = active["region"].translation_key if "region" in active else None
    region_values = sorted(
        (
            FacetValue(str(r.pk), r.name, region_counts[key], key == selected_region, r)
            for key, r in regions.items()
        ),
        key=lambda v: v.label.casefold(),
    )

    country_counts = dict(
        members.order_by()
        .values_list("country")
        .annotate(n=Count("pk", filter=Q(pk__in=matching_pks(members, filters, "country"))))
    )
    country_values = sorted(
        (
            FacetValue(code, str(label), country_counts[code], code == active.get("country"))
            for code, label in COUNTRY_CHOICES
            if code in country_counts
        ),
        key=lambda v: v.label.casefold(),
    )

    # Openness and languages in one query: for each, members in the directory at all, and
    # members that the other filters let through.
    language_pks = matching_pks(members, filters, "language")
    aggregates = {
        "open": Count(
            "pk",
            filter=Q(open_to_cooperation=True, pk__in=matching_pks(members, filters, "open")),
        )
    }
    for code in settings.ALL_LANGUAGES:
        aggregates[f"any_{code}"] = Count("pk", filter=language_condition(code))
        aggregates[f"n_{code}"] = Count(
            "pk", filter=language_condition(code) & Q(pk__in=language_pks)
        )
    totals = members.order_by().aggregate(**aggregates)
    language_values = [
        FacetValue(code, name, totals[f"n_{code}"], code == active.get("language"))
        for code, name in settings.ALL_LANGUAGES.items()
        if totals[f"any_{code}"]
    ]
    return {
        "sectors": sector_values,
        "regions": region_values,
        "countries": country_values,
        "open": FacetValue("1", _("Open to cooperation"), totals["open"], "open" in active),
        "languages": language_values,
    }


def get_directory(index, request):
    """Everything the member directory shows: the page of members (with regions and sectors
    in the active language), the facets, the active filters and any error messages.

    Queries, whatever the number of members: the filter lookups (one per sector or region
    given), the facets (six), the count and the page of members, their sectors and photos
    with renditions, and the translations of sectors and regions shown (one each)."""
    members = ClusterMemberPage.objects.descendant_of(index).live().public()
    filters = DirectoryFilters(request.GET)
    facets = get_facets(members, filters)
    results = (
        members.none()
        if filters.errors
        else ClusterMemberPage.for_cards(
            members.filter(pk__in=matching_pks(members, filters))
        ).order_by("title", "pk")
    )
    page = forgiving_page(results, MEMBERS_PER_PAGE, request.GET.get("page"))
    page.object_list = prepare_member_cards(list(page.object_list))
    return {
        "members": page,
        "facets": facets,
        "active_filters": filters.active,
        "filter_errors": filters.errors,
    }
