"""Which languages the site and a page exist in.

The site frame (language switcher, hreflang, navigation, social cards) asks these questions on
every page. Each answer is one query when content has changed and comes from the shared cache
(`home.shared_cache`) otherwise, however much content the site holds.
"""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from .models import HomePage
from .shared_cache import shared


def active_language():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def locale_homes(request):
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

    return shared(request, "locale_homes", compute)


def live_translations(request, page):
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

    return shared(request, f"translations:{page.translation_key}", compute)


def locale_codes(request):
    """Language code of every locale by id: one query per request."""
    return shared(
        request, "locale_codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
    )


def site_homes(request):
    """The live home page of each language on the request's site, by language code: its root
    page and the root's translations (as Wagtail routes each language prefix). One query, from
    the shared cache; empty for a host that names no site."""
    site = Site.find_for_request(request)
    if site is None:
        return {}

    def compute():
        roots = Page.objects.filter(pk=site.root_page_id).values("translation_key")
        homes = (
            HomePage.objects.live()
            .filter(alias_of__isnull=True, translation_key__in=roots)
            .select_related("locale")
        )
        return {home.locale.language_code: home for home in homes}

    return shared(request, f"site_homes:{site.pk}", compute)


def site_home(request):
    """The request's site's home page in the active language, or None."""
    return site_homes(request).get(active_language())
