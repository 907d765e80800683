"""Member profiles as open data: published profiles that a current consent covers, and
nothing a member did not agree to publish.

- A profile appears only while it is live, public and a current publication consent is
  recorded for it (clusters.models.consents): a profile published before consents were
  recorded, or left live by mistake, is not exported.
- Phone, website and social media page appear only when that consent covers contact details.
- The email address never appears: the site shows it protected from address harvesters, and a
  machine-readable file would undo that. `enquiry_url` is the way to write to a member.
- No photos: the files describe, the profile page shows.

Five queries whatever the number of members: the pages with their regions, their sectors,
the consents, their clusters, and the site's homes.
"""

from clusters.models import (
    ClusterMemberPage,
    ClusterPage,
    CraftSector,
    PublicationConsent,
    Region,
)
from home.i18n import vocabulary

from .choose import Translations, one_per_key
from .scope import visible
from .text import plain_text

MEMBER_FIELDS = [
    "name",
    "member_type",
    "language",
    "languages",
    "cluster",
    "craft_sectors",
    "region",
    "municipality",
    "country",
    "description",
    "languages_spoken",
    "open_to_cooperation",
    "website",
    "social_media",
    "phone",
    "enquiry_url",
    "url",
]


def consent_coverage(translation_keys):
    """{translation_key: covers contact details} for profiles with a current consent."""
    coverage = {}
    consents = (
        PublicationConsent.objects.current()
        .filter(member__translation_key__in=translation_keys)
        .values_list("member__translation_key", "covers_contact_details")
    )
    for key, contact in consents:
        coverage[key] = coverage.get(key, False) or contact
    return coverage


def clusters_of(pages):
    """{parent path: cluster page} for `pages`: one query for all."""
    parent_paths = {page.path[: -ClusterPage.steplen] for page in pages}
    if not parent_paths:
        return {}
    return {
        cluster.path: cluster
        for cluster in ClusterPage.objects.filter(path__in=parent_paths).only("title", "path")
    }


def member_rows(request, homes, language, source_language):
    pages = (
        visible(ClusterMemberPage.objects, homes)
        .select_related("locale", "region")
        .prefetch_related("craft_sectors")
        .order_by("title", "pk")
    )
    chosen = one_per_key(pages, language, source_language)
    coverage = consent_coverage(list(chosen))
    chosen = {key: value for key, value in chosen.items() if key in coverage}
    sectors = Translations(vocabulary(CraftSector))
    regions = Translations(vocabulary(Region))
    clusters = clusters_of([page for page, _languages in chosen.values()])
    rows = []
    for key, (page, languages) in chosen.items():
        row_language = page.locale.language_code
        contact = coverage[key]
        cluster = clusters.get(page.path[: -ClusterPage.steplen])
        region = regions.pick(page.region, row_language)
        rows.append(
            {
                "name": page.title,
                "member_type": page.member_type,
                "language": row_language,
                "languages": languages,
                "cluster": cluster.title if cluster else "",
                "craft_sectors": [
                    sectors.pick(sector, row_language).name for sector in page.craft_sectors.all()
                ],
                "region": region.name if region else "",
                "municipality": page.municipality,
                "country": page.country,
                "description": plain_text(page.description),
                "languages_spoken": list(page.languages_spoken or []),
                "open_to_cooperation": page.open_to_cooperation,
                "website": page.website if contact else "",
                "social_media": page.social_url if contact else "",
                "phone": page.phone if contact else "",
                "enquiry_url": enquiry_url(page, request),
                "url": page.get_full_url(request),
            }
        )
    return rows


def enquiry_url(page, request):
    if not page.takes_enquiries:
        return ""
    return request.build_absolute_uri(page.subpage_url("enquiry", request))
