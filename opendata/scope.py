"""What open data may show: the live, public pages of the request's site, in every language.

A site is its root page and the root's translations (each language's home page, as Wagtail
routes each language prefix); only pages under them count, so a second site's projects never
appear in the first one's files. Restricted sections (a password, a login) are left out for
everyone: open data is for anonymous reuse, and a visitor who unlocked a page in their browser
is still no reason to publish it. Aliases are left out too: they repeat another language's
content under a second address.
"""

from django.db.models import Q
from wagtail.models import Page, Site

from home.visibility import public


class UnknownSite(Exception):
    """The request's host names no site."""


def request_site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise UnknownSite
    return site


def site_homes(site):
    """The site's root page and its translations, each language's home."""
    return list(
        Page.objects.filter(
            translation_key=Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
        ).select_related("locale")
    )


def in_site(pages, homes):
    """`pages` under one of `homes` (the homes themselves included)."""
    tree = Q(pk__in=[])
    for home in homes:
        tree |= Q(path__startswith=home.path)
    return pages.filter(tree)


def visible(pages, homes):
    """The live, public, non-alias pages of `pages` on the site of `homes`."""
    return public(in_site(pages.live(), homes)).filter(alias_of__isnull=True)


def source_language(site):
    """The language of the site's root page: where imported projects go, and the language a
    row is in when its project has no translation in the language asked for."""
    return site.root_page.locale.language_code
