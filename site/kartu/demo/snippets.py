"""Reference data: news categories, craft sectors, regions, organisations, funding programmes,
funding disclaimers and the footer text (content: data/snippets/*.yaml). Each is written in one
language and translated into the other four."""

from clusters.models import CraftSector, Region
from home.models import FooterText
from news.models import NewsCategory
from projects.models import FundingDisclaimer, FundingProgramme, Organisation

from .images import get_or_create_logo
from .text import text


def funder_colours(content):
    """{(kind, key): logo colour} of the site's funders (data/site_settings.yaml)."""
    colours = {}
    for funder in content["site_settings"]["funders"]:
        ((kind, key),) = ((k, v) for k, v in funder.items() if k != "logo_colour")
        colours[(kind, key)] = tuple(funder["logo_colour"])
    return colours


def _give_logo(obj, colour, short_name, tally):
    """Draw the funder's wordmark, once, from its English short name."""
    if colour is None or obj.logo_id:
        return
    name = text(short_name, "en")
    obj.logo = get_or_create_logo(f"Logo: {name}", name, colour, tally)
    obj.save(update_fields=["logo"])


def _get_or_create(model, tally, kind, locale, lookup, defaults):
    obj, created = model.objects.get_or_create(locale=locale, **lookup, defaults=defaults)
    tally.record(kind, created)
    return obj


def build_snippets(content, locales, tally):
    """Create the reference data in its source language; return it by kind and key."""
    lt = locales["lt"]
    colours = funder_colours(content)
    refs = {"category": {}, "sector": {}, "region": {}, "organisation": {}, "programme": {}}
    for spec in content["snippets/categories"]["categories"]:
        refs["category"][spec["slug"]] = _get_or_create(
            NewsCategory,
            tally,
            "snippet: news category",
            lt,
            {"slug": spec["slug"]},
            {"name": text(spec["name"], "lt")},
        )
    for spec in content["snippets/craft_sectors"]["sectors"]:
        refs["sector"][spec["slug"]] = _get_or_create(
            CraftSector,
            tally,
            "snippet: craft sector",
            lt,
            {"slug": spec["slug"]},
            {"name": text(spec["name"], "lt")},
        )
    for spec in content["snippets/regions"]["regions"]:
        refs["region"][spec["key"]] = _get_or_create(
            Region,
            tally,
            "snippet: region",
            lt,
            {"name": text(spec["name"], "lt")},
            {"country": spec["country"]},
        )
    for spec in content["snippets/organisations"]["organisations"]:
        lang = spec["language"]
        organisation = _get_or_create(
            Organisation,
            tally,
            "snippet: organisation",
            locales[lang],
            {"name": text(spec["name"], lang)},
            {
                "short_name": text(spec["short_name"], lang),
                "country": spec["country"],
                "town": text(spec.get("town"), lang) or "",
                "organisation_type": spec["type"],
                "website": spec.get("website", ""),
            },
        )
        refs["organisation"][spec["key"]] = organisation
        colour = colours.get(("organisation", spec["key"]))
        _give_logo(organisation, colour, spec["short_name"], tally)
    for spec in content["snippets/programmes"]["programmes"]:
        lang = spec["language"]
        programme = _get_or_create(
            FundingProgramme,
            tally,
            "snippet: funding programme",
            locales[lang],
            {"name": text(spec["name"], lang)},
            {
                "short_name": text(spec["short_name"], lang),
                "period": spec["period"],
                "fund": spec["fund"],
                "website": spec.get("website", ""),
                "disclaimer_template": text(spec.get("disclaimer_wording"), lang) or "",
            },
        )
        refs["programme"][spec["key"]] = programme
        _give_logo(programme, colours.get(("programme", spec["key"])), spec["short_name"], tally)
    refs["disclaimer"] = {}
    for spec in content["snippets/disclaimers"]["disclaimers"]:
        lang = spec["language"]
        refs["disclaimer"][spec["key"]] = _get_or_create(
            FundingDisclaimer,
            tally,
            "snippet: funding disclaimer",
            locales[lang],
            {"title": text(spec["title"], lang)},
            {
                "programme": refs["programme"].get(spec.get("programme")),
                "beneficiary": refs["organisation"].get(spec.get("beneficiary")),
                "statement": text(spec.get("statement"), lang) or "",
                "show_emblem": spec["show_emblem"],
                "emblem_statement": spec["emblem_statement"],
                "show_fund_name": spec["show_fund_name"],
            },
        )
    footer = content["snippets/footer"]["footer"]
    refs["footer"] = _get_or_create(
        FooterText,
        tally,
        "snippet: footer text",
        lt,
        {"organisation_name": text(footer["organisation_name"], "lt")},
        {
            "address": text(footer["address"], "lt"),
            "office_hours": text(footer["office_hours"], "lt"),
        },
    )
    return refs


# A gap the EU visibility report must find (README "EU visibility report"): the South Baltic
# disclaimer is never translated into Latvian, so the project's Latvian page shows it in
# Lithuanian.
UNTRANSLATED = {("disclaimer", "south-baltic-rietavas"): {"lv"}}


def snippet_translations(refs, locales):
    """(snippet, target locale) pairs: every snippet into every language but its own, as the
    frame that shows them (the footer, the funders, the site's disclaimer), the directory's
    filters and the pages that name them are read in all five; but for the deliberate gaps."""
    kinds = ("category", "sector", "region", "organisation", "programme", "disclaimer")
    snippets = [(kind, key, obj) for kind in kinds for key, obj in refs[kind].items()]
    snippets.append(("footer", None, refs["footer"]))
    return [
        (obj, locale)
        for kind, key, obj in snippets
        for code, locale in locales.items()
        if locale.pk != obj.locale_id and code not in UNTRANSLATED.get((kind, key), ())
    ]
