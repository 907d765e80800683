"""Which languages the site and a page exist in.

The site frame (language switcher, hreflang, navigation, social cards) asks these questions on
every page. Each answer is one query when content has changed and comes from the shared cache
(`home.shared_cache`) otherwise, however much content the site holds.

An install may serve several organisations' sites (Wagtail's `Site`, one per host name). A
site's languages are those its root home page is translated into: the root and its
translations are the site's home pages, one per language, each the top of that language's
tree. Everything here answers for the request's site only.
"""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from .models import HomePage
from .shared_cache import shared


def active_language():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def locale_homes(request):
    """The live home page of each language on the request's site, keyed by language code
    (`site_homes`): another organisation's home pages are never this site's."""
    return site_homes(request)


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
        by_code = {home.locale.language_code: home for home in homes}
        # In the install's order of languages, the site root's own (its source) first.
        root = next((home for home in by_code.values() if home.pk == site.root_page_id), None)
        order = [code for code, _name in settings.LANGUAGES]
        if root is not None:
            order.remove(root.locale.language_code)
            order.insert(0, root.locale.language_code)
        return {code: by_code[code] for code in order if code in by_code}

    return shared(request, f"site_homes:{site.pk}", compute)


def site_languages(request):
    """The language codes the request's site is published in, its source language first;
    empty when the site's root is no home page (a fresh install), which restricts nothing."""
    return list(site_homes(request))


def site_default_language(request):
    """The language a visitor without a choice gets on the request's site (its source
    language, x-default in hreflang): the install's default when the site has no home page."""
    codes = site_languages(request)
    return codes[0] if codes else settings.LANGUAGE_CODE


def in_site(queryset, request):
    """`queryset` narrowed to the pages of the request's site in the active language (below
    that language's home page); nothing when the site is not published in that language, and
    everything when its root is no home page (a fresh install: nothing to tell sites apart)."""
    homes = site_homes(request)
    if not homes:
        return queryset
    home = homes.get(active_language())
    if home is None:
        return queryset.none()
    return queryset.filter(path__startswith=home.path)


def site_home(request):
    """The request's site's home page in the active language, or None."""
    return site_homes(request).get(active_language())
