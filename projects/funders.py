"""The funders chosen in a site's funding settings, ready to show: in the visitor's language, with
their logo renditions, in a fixed number of queries however many there are."""

from dataclasses import dataclass

from wagtail.images import get_image_model

from home.i18n import active_locale, localized_by_pk

from .models import FundingProgramme, Organisation

# The EU emblem in the funding disclaimer is 54 px high. Annex IX of Reg. 2021/1060 wants it at
# least as high as any other logo beside it, so funders' logos are drawn at this height at most.
FUNDER_LOGO_HEIGHT = 54
FUNDER_LOGO_SPECS = (f"height-{FUNDER_LOGO_HEIGHT}|format-webp", "height-108|format-webp")

FUNDER_MODELS = {"programme": FundingProgramme, "organisation": Organisation}


@dataclass
class Funder:
    obj: object  # the snippet shown, for its `lang` when it is not in the page's language
    name: str
    description: str
    website: str
    logo: object


def _describe(obj):
    if hasattr(obj, "fund"):  # a programme: its fund, and its period where it has one
        period = obj.get_period_display() if obj.period != "other" else ""
        return " · ".join(filter(None, [str(obj.get_fund_display()), period]))
    return obj.short_name if obj.short_name != obj.name else ""


def get_funders(funding_settings):
    """[Funder] in the order editors set; entries whose snippet was deleted are skipped."""
    if funding_settings is None:
        return []
    entries = [
        (item["type"], item["value"])
        for item in funding_settings.funders.raw_data
        if item.get("type") in FUNDER_MODELS and item.get("value")
    ]
    if not entries:
        return []
    locale = active_locale()
    found = {}
    for kind, model in FUNDER_MODELS.items():
        pks = {pk for entry_kind, pk in entries if entry_kind == kind}
        if pks:
            found[kind] = localized_by_pk(model._default_manager, pks, locale)
    pairs = [found[kind][pk] for kind, pk in entries if pk in found.get(kind, {})]
    # A translation may lack the logo its source has: the source's logo stands in.
    logo_ids = {shown.logo_id or chosen.logo_id for shown, chosen in pairs} - {None}
    logos = {}
    if logo_ids:
        images = get_image_model().objects.filter(pk__in=logo_ids)
        logos = {image.pk: image for image in images.prefetch_renditions(*FUNDER_LOGO_SPECS)}
        for logo in logos.values():
            # Made now, so that the funders kept in the shared frame cache carry them.
            logo.get_renditions(*FUNDER_LOGO_SPECS)
    return [
        Funder(
            obj=shown,
            name=str(shown),
            description=_describe(shown),
            website=shown.website or chosen.website,
            logo=logos.get(shown.logo_id or chosen.logo_id),
        )
        for shown, chosen in pairs
    ]
