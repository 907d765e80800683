"""Template tags of search engines' and social networks' view of a page: Open Graph and
Twitter card tags."""

from django import template
from django.conf import settings
from wagtail.models import Page

from home.languages import active_language, live_translations
from home.models import SOCIAL_IMAGE_SPEC

from .navigation_tags import site_name

register = template.Library()


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
    current = active_language()
    translations = live_translations(request, page)
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
