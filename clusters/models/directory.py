"""The member directory on the cluster index: every member of a language's clusters, filtered
by craft sector, region, country, openness to cooperation, languages spoken and a text query,
with a count for each filter value and a page at a time.

Filter values come from shareable GET addresses, parsed by
clusters.models.filters.DirectoryFilterSet (a value that names nothing is a 404 with a message
saying why: see home.listing); the facet counts here read the values it parsed.
"""

import hashlib

from django.conf import settings
from django.db.models import Count, Q
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from clusters.models.filters import DirectoryFilterSet, language_condition
from clusters.models.members import ClusterMemberPage, prepare_member_cards
from clusters.models.taxonomy import CraftSector, Region
from home.countries import COUNTRY_CHOICES
from home.i18n import prefer_active_locale, vocabulary
from home.listing import active_values, filtered_page
from home.shared_cache import shared
from home.tree import descendant_of

MEMBERS_PER_PAGE = 12


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
    Values are those used by any member of the directory. Three queries, whatever the size:
    sectors, regions, and one for the fixed lists; the values' names come from the shared cache."""
    active = filters.active
    through = ClusterMemberPage.craft_sectors.through
    sector_counts = dict(
        through.objects.filter(clustermemberpage__in=members.order_by().values("pk"))
        .values_list("craftsector__translation_key")
        .annotate(
            n=Count(
                "clustermemberpage",
                distinct=True,
                filter=Q(clustermemberpage__in=filters.matching_pks("sector")),
            )
        )
        .order_by()
    )
    sectors = prefer_active_locale(
        s for s in vocabulary(CraftSector) if s.translation_key in sector_counts
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
        .annotate(n=Count("pk", filter=Q(pk__in=filters.matching_pks("region"))))
    )
    regions = prefer_active_locale(
        r for r in vocabulary(Region) if r.translation_key in region_counts
    )
    selected_region = active["region"].translation_key if "region" in active else None
    region_values = sorted(
        (
            FacetValue(str(r.pk), r.name, region_counts[key], key == selected_region, r)
            for key, r in regions.items()
        ),
        key=lambda v: v.label.casefold(),
    )

    # Countries, openness and languages (fixed lists) in one query: for each value, members in
    # the directory at all, and members that the other filters let through.
    country_pks = filters.matching_pks("country")
    language_pks = filters.matching_pks("language")
    aggregates = {
        "open": Count(
            "pk",
            filter=Q(open_to_cooperation=True, pk__in=filters.matching_pks("open")),
        )
    }
    for code, _label in COUNTRY_CHOICES:
        aggregates[f"in_{code}"] = Count("pk", filter=Q(country=code))
        aggregates[f"from_{code}"] = Count("pk", filter=Q(country=code, pk__in=country_pks))
    for code in settings.ALL_LANGUAGES:
        aggregates[f"any_{code}"] = Count("pk", filter=language_condition(code))
        aggregates[f"n_{code}"] = Count(
            "pk", filter=language_condition(code) & Q(pk__in=language_pks)
        )
    totals = members.order_by().aggregate(**aggregates)
    country_values = sorted(
        (
            FacetValue(code, str(label), totals[f"from_{code}"], code == active.get("country"))
            for code, label in COUNTRY_CHOICES
            if totals[f"in_{code}"]
        ),
        key=lambda v: v.label.casefold(),
    )
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
    given), the facets (three, when the shared cache lacks them), the count and the page of
    members, their sectors and photos with renditions, and the translations of sectors and
    regions shown (one each)."""
    members = descendant_of(ClusterMemberPage.objects, index).live().public()
    filters = DirectoryFilterSet(request.GET, queryset=members)
    # The counts change only with content: from the shared frame cache, per language and set
    # of valid filter values (the only ones the counts read).
    applied = sorted(
        (name, str(getattr(value, "pk", value)))
        for name, value in active_values(filters.form).items()
    )
    digest = hashlib.sha256(repr(applied).encode()).hexdigest()[:32]
    facets = shared(
        request,
        f"directory_facets:{index.pk}:{get_language()}:{digest}",
        lambda: get_facets(members, filters),
    )
    listing = filtered_page(
        request,
        filters,
        MEMBERS_PER_PAGE,
        items=ClusterMemberPage.for_cards(filters.qs).order_by("title", "pk"),
        prepare=prepare_member_cards,
    )
    return {"facets": facets, **listing.context("members")}
