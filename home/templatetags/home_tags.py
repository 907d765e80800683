"""Template tags of the site frame: language switcher, hreflang, navigation, footer, the EU
emblem and formatting filters.

Everything that queries caches its result on the request, so the frame of a page costs the same
handful of queries however much content the site holds.
"""

import math
import re
from decimal import Decimal
from functools import lru_cache

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from home.funders import get_funders
from home.i18n import localized_by_pk
from home.models import SOCIAL_IMAGE_SPEC, HomePage, SiteSettings

register = template.Library()

# Languages that write the euro sign before the amount.
CURRENCY_SIGN_FIRST = {"en"}

# The EU emblem's official geometry (Annex IX of Reg. 2021/1060), for a 3:2 flag 540 units high.
FLAG_HEIGHT = 540
FLAG_WIDTH = FLAG_HEIGHT * 3 // 2
STAR_CIRCLE_RADIUS = FLAG_HEIGHT / 3
STAR_RADIUS = FLAG_HEIGHT / 18
# A regular five-pointed star's inner vertices lie at this fraction of its outer radius.
STAR_INNER_RATIO = math.cos(math.radians(72)) / math.cos(math.radians(36))

# Django's Lithuanian formats group thousands with a dot; Lithuanian standard usage (and the
# programmes' own documents) write "58 079,78 €". A no-break space keeps the amount on one line.


def _cached(request, name, compute):
    """Compute a value once per request (or every time when there is no request)."""
    if request is None:
        return compute()
    cache = request.__dict__.setdefault("_kartu_cache", {})
    if name not in cache:
        cache[name] = compute()
    return cache[name]


def _language():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def _locale_homes(request):
    """The live home page of each language, keyed by language code: one query."""

    def compute():
        homes = (
            HomePage.objects.live()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
        )
        result = {}
        for home in homes:
            result.setdefault(home.locale.language_code, home)
        return result

    return _cached(request, "locale_homes", compute)


def _translations(request, page):
    """The page's live translations (itself included, aliases never), by language: one query."""
    if page is None or not isinstance(page, Page):
        return {}

    def compute():
        pages = (
            page.get_translations(inclusive=True)
            .live()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        )
        return {p.locale.language_code: p for p in pages}

    return _cached(request, f"translations_{page.pk}", compute)


def _locale_codes(request):
    """Language code of every locale by id: one query per request."""
    return _cached(
        request, "locale_codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The home page of the active language (None when it has none)."""
    return _locale_homes(context.get("request")).get(_language())


@register.simple_tag(takes_context=True)
def site_name(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


@register.simple_tag(takes_context=True)
def lang_attr(context, obj):
    """` lang="xx"` when a translatable object is shown in a language other than the page's.

    Snippets fall back to their source language when untranslated; WCAG 3.1.2 asks that such a
    passage says which language it is in.
    """
    locale_id = getattr(obj, "locale_id", None)
    code = _locale_codes(context.get("request")).get(locale_id)
    if code and code != _language():
        return format_html(' lang="{}"', code)
    return ""


@register.inclusion_tag("components/alternate_links.html", takes_context=True)
def alternate_links(context):
    """Canonical and hreflang links: every live translation, never an alias, plus x-default."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or request is None:
        return {"canonical": "", "alternates": [], "x_default": ""}
    translations = _translations(request, page)
    # An alias shows another language's content: its canonical is the original page.
    original = translations.get(_language()) or page
    alternates = [
        (code, translations[code].get_full_url(request))
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    default = translations.get(settings.LANGUAGE_CODE)
    return {
        "canonical": original.get_full_url(request),
        "alternates": alternates,
        "x_default": default.get_full_url(request) if default else "",
    }


# Open Graph wants language_TERRITORY; the territory where each language is the main one.
OG_TERRITORIES = {"en": "GB", "et": "EE", "lt": "LT", "lv": "LV", "pl": "PL", "ru": "RU"}


def og_locale(code):
    """ "lt" → "lt_LT": the Open Graph form of a language code."""
    return f"{code}_{OG_TERRITORIES.get(code, code.upper())}"


@register.inclusion_tag("components/social_meta.html", takes_context=True)
def social_meta(context):
    """Open Graph and Twitter card tags of a page: title, description, canonical address, type,
    language and its live translations, and the lead image (or member photo) when there is one.

    The translations are the ones `alternate_links` already fetched; the image costs its
    rendition lookup, on detail pages only (listings have no image of their own).
    """
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or request is None:
        return {}
    page = page.specific
    current = _language()
    translations = _translations(request, page)
    original = translations.get(current) or page
    image = rendition = None
    get_image = getattr(page, "get_social_image", None)
    if get_image is not None:
        image = get_image()
    if image is not None:
        rendition = image.get_rendition(SOCIAL_IMAGE_SPEC)
    return {
        "title": page.seo_title or page.title,
        "description": page.get_meta_description() if hasattr(page, "get_meta_description") else "",
        "url": original.get_full_url(request),
        "type": getattr(page, "social_type", "website"),
        "site_name": site_name(context),
        "locale": og_locale(current),
        "alternate_locales": [
            og_locale(code)
            for code, _name in settings.LANGUAGES
            if code in translations and code != current
        ],
        "image": image,
        "image_url": request.build_absolute_uri(rendition.url) if rendition else "",
        "rendition": rendition,
    }


def _is_own_view(request):
    """True for views outside the page tree that exist in every language (search)."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name not in (None, "wagtail_serve")


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Each language, named in itself, linking to this page's translation or that language's
    home page (marked so when it is the home page rather than this page)."""
    request = context.get("request")
    page = context.get("page")
    current = _language()
    translations = _translations(request, page)
    homes = _locale_homes(request)
    languages = []
    for code, name in settings.LANGUAGES:
        target, is_home = None, False
        if code in translations:
            target = translations[code].get_url(request)
        elif not isinstance(page, Page) and _is_own_view(request) and code in homes:
            # A view outside the page tree (search): the same view in that language.
            target = translate_url(request.get_full_path(), code)
        elif code in homes:
            target, is_home = homes[code].get_url(request), True
        if target:
            languages.append(
                {
                    "code": code,
                    "name": name,
                    "url": target,
                    "is_home": is_home,
                    "is_current": code == current,
                }
            )
    return {"languages": languages, "current_language": current}


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The locale home's live children shown in menus: one query."""
    request = context.get("request")
    page = context.get("page")
    home = _locale_homes(request).get(_language())
    if home is None:
        return {"items": []}
    current_path = page.url_path if isinstance(page, Page) else ""
    items = []
    for child in home.get_children().live().public().in_menu():
        is_current = current_path == child.url_path
        items.append(
            {
                "title": child.title,
                "url": child.get_url(request),
                "is_current": is_current,
                "is_ancestor": not is_current and current_path.startswith(child.url_path),
            }
        )
    return {"items": items}


def _site_settings(request):
    """The SiteSettings of the request's site, the instance Wagtail caches on the request (the
    home page and the JSON-LD read the same one); None when no Site matches (a 404 for an
    unknown host still needs a footer)."""
    if request is None or Site.find_for_request(request) is None:
        return None
    return SiteSettings.for_request(request)


def _legal_pages(request):
    """The accessibility statement and privacy notice chosen in the site settings, each in the
    active language where translated and live: one query for both."""

    def compute():
        site_settings = _site_settings(request)
        if site_settings is None:
            return []
        chosen = [
            pk
            for pk in (site_settings.accessibility_statement_id, site_settings.privacy_notice_id)
            if pk
        ]
        if not chosen:
            return []
        pages = Page.objects.live().public().filter(alias_of__isnull=True)
        found = localized_by_pk(pages, chosen, Locale.get_active())
        return [found[pk][0] for pk in chosen if pk in found]

    return _cached(request, "legal_pages", compute)


def _funders(request):
    return _cached(request, "funders", lambda: get_funders(_site_settings(request)))


@register.inclusion_tag("components/funder_logos.html", takes_context=True)
def funder_logos(context, heading_id, detailed=False):
    """The funders' logos from the site settings; `detailed` adds each one's fund and period."""
    request = context.get("request")
    return {
        "request": request,
        "funders": _funders(request),
        "heading_id": heading_id,
        "detailed": detailed,
    }


@register.inclusion_tag("components/site_footer.html", takes_context=True)
def site_footer(context):
    """The organisation's contact block, funders' logos and default funding disclaimer from
    the site settings."""
    request = context.get("request")
    site_settings = _site_settings(request)
    footer_text = disclaimer = None
    if site_settings is not None:
        if site_settings.footer_text_id:
            footer_text = site_settings.footer_text.localized
        # The home page shows it at the top already.
        on_home_page = isinstance(context.get("page"), HomePage)
        if site_settings.default_disclaimer_id and not on_home_page:
            disclaimer = site_settings.default_disclaimer.localized
    return {
        "request": request,
        "site_settings": site_settings,
        "footer_text": footer_text,
        "disclaimer": disclaimer,
        "has_funders": bool(_funders(request)),
        "legal_pages": _legal_pages(request),
        "locale_home": _locale_homes(request).get(_language()),
    }


@register.filter
def money(value):
    """An amount in euros as the active language writes it: "58 079,78 €" in Lithuanian,
    "€58,079.78" in English (the EU's English style guide puts the sign first)."""
    if value is None or value == "":
        return ""
    amount = number_format(value, 2, use_l10n=True, force_grouping=True)
    if _language() in CURRENCY_SIGN_FIRST:
        return "€" + amount
    return amount + "\u00a0€"


@register.filter
def percent(value):
    """A rate in per cent without trailing zeros: "85 %", "77,5 %" ("85%" in English)."""
    if value is None or value == "":
        return ""
    decimals = None
    if isinstance(value, Decimal):
        value = value.normalize()
        decimals = max(0, -value.as_tuple().exponent)
    sign = "%" if _language() == "en" else "\u00a0%"
    return number_format(value, decimals, use_l10n=True) + sign


@register.filter
def obfuscate_email(address):
    """Write an address as character references: browsers and screen readers show it as usual,
    simple harvesters that grep the source for "@" find nothing."""
    return mark_safe("".join(f"&#{ord(char)};" for char in str(address)))


@register.filter
def tel_href(phone):
    """A `tel:` address: digits and a leading plus only."""
    phone = str(phone or "")
    digits = "".join(char for char in phone if char.isdigit())
    return ("+" if phone.strip().startswith("+") else "") + digits


@register.filter
def language_pairs(codes):
    """(code, name in itself) for each known language code, e.g. ("lv", "latviešu")."""
    names = settings.ALL_LANGUAGES
    return [(code, names[code]) for code in codes or [] if code in names]


@register.filter
def by_country(partners):
    """Partners grouped by their organisation's country, in the order countries first appear."""
    groups = {}
    for partner in partners:
        organisation = getattr(partner, "localized_organisation", partner.organisation)
        groups.setdefault(organisation.get_country_display(), []).append(partner)
    return list(groups.items())


@register.filter
def page_type(page):
    """The page's type as visitors read it ("news post", "project page")."""
    return page.specific_class._meta.verbose_name if page.specific_class else ""


@register.simple_tag(takes_context=True)
def page_query(context, number):
    """The current query string with `page` set to `number` (keeps the search query)."""
    request = context.get("request")
    query = request.GET.copy() if request else None
    if query is None:
        return f"?page={number}"
    query["page"] = number
    return "?" + query.urlencode()


SRCSET = re.compile(r'srcset="([^"]*)"')


@register.filter(is_safe=True)
def unique_srcset(html):
    """`html` with each width named once in its srcset. Wagtail never enlarges an image, so
    for a small original two renditions can have the same width, which HTML does not allow."""

    def dedupe(match):
        seen, candidates = set(), []
        for candidate in match.group(1).split(", "):
            descriptor = candidate.rsplit(" ", 1)[-1]
            if descriptor not in seen:
                seen.add(descriptor)
                candidates.append(candidate)
        return f'srcset="{", ".join(candidates)}"'

    return mark_safe(SRCSET.sub(dedupe, str(html)))


@register.filter
def page_numbers(page_obj):
    """The page numbers a pagination bar links: the first and last, and two either side of the
    current one, with None where numbers are left out (a list of 80 pages stays short)."""
    paginator = page_obj.paginator
    return [
        None if number == paginator.ELLIPSIS else number
        for number in paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    ]


@lru_cache(maxsize=1)
def _star_polygons():
    """Points of the twelve stars, one at each hour of a clock face, each with a point upward."""
    centre_x, centre_y = FLAG_WIDTH / 2, FLAG_HEIGHT / 2
    polygons = []
    for hour in range(12):
        angle = math.radians(hour * 30)
        star_x = centre_x + STAR_CIRCLE_RADIUS * math.sin(angle)
        star_y = centre_y - STAR_CIRCLE_RADIUS * math.cos(angle)
        points = []
        for vertex in range(10):
            radius = STAR_RADIUS if vertex % 2 == 0 else STAR_RADIUS * STAR_INNER_RATIO
            vertex_angle = math.radians(vertex * 36)
            x = star_x + radius * math.sin(vertex_angle)
            y = star_y - radius * math.cos(vertex_angle)
            points.append(f"{x:.2f},{y:.2f}")
        polygons.append(" ".join(points))
    return tuple(polygons)


@register.simple_tag
def eu_emblem_stars():
    """The emblem's stars as SVG polygons (geometry computed, never copied from a file)."""
    return format_html_join(
        "", '<polygon points="{}"/>', ((points,) for points in _star_polygons())
    )


@register.simple_tag
def eu_emblem_viewbox():
    return f"0 0 {FLAG_WIDTH} {FLAG_HEIGHT}"
