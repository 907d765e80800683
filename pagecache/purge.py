"""A purge: the paths, path prefixes and languages one change affects, applied on commit.

Applying a purge gives each affected version key (pagecache.keys) a new token in the shared
cache, so every app server that uses the same cache (Redis) misses those pages on its next
request; with local memory it reaches only the process that made the change. It runs on
transaction commit: a request that starts after the bump reads the committed rows, and one that
rendered old rows stores them under the old tokens, where no one looks again.

With `WAGTAILFRONTENDCACHE` configured (Cloudflare, CloudFront, a Varnish/HTTP purge URL), the
same purge sends the affected full URLs to the CDN through Wagtail's front-end cache purging.
Last, `pagecache.signals.content_changed` is sent with the languages that changed.
"""

import functools

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RoutePattern
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site

from . import keys
from .middleware import EXCLUDED_PATHS
from .signals import content_changed


def frontend_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


class Purge:
    """Collects what to drop; `schedule()` applies it when the transaction commits.

    Paths and trees belong to a site (its id); whole languages are every site's (shared
    reference data) unless `add_site` names one site's (its settings, menu or home pages)."""

    def __init__(self):
        self.paths = set()  # (site id, exact path): every query-string variant goes
        self.trees = set()  # (site id, path prefix): everything under it goes
        self.languages = set()  # whole languages, on every site
        self.all_languages = False
        self.site_languages = set()  # (site id, language code or `*`): one site's pages
        self.urls = set()  # full URLs for the CDN

    def add_path(self, site, path, root_url=None):
        self.paths.add((site, path.split("?", 1)[0]))  # the version covers its query strings
        if root_url:
            self.urls.add(root_url.rstrip("/") + path)

    def add_tree(self, site, prefix, root_url=None):
        self.trees.add((site, prefix))
        if root_url:
            self.urls.add(root_url.rstrip("/") + prefix)

    def add_non_page_views(self, site, language, root_url=None):
        """The language's views outside the page tree (feeds, search) and the unprefixed ones
        (sitemap) on `site`: they list pages, so any page change of that language may change
        them."""
        i18n_prefixes, plain_paths = non_page_views()
        for prefix, complete in [*i18n_prefixes.get(language, []), *plain_paths]:
            self.trees.add((site, prefix))
            if complete and root_url:  # a CDN purges addresses, not beginnings of them
                self.urls.add(root_url.rstrip("/") + prefix)

    def add_language(self, code):
        if code is None:
            self.all_languages = True
        else:
            self.languages.add(code)

    def add_site(self, site, code=None):
        """Every page of `site` (its id), or of one of its languages."""
        self.site_languages.add((site, code or keys.ALL_LANGUAGES))

    def merge(self, other):
        for name in ["paths", "trees", "languages", "site_languages", "urls"]:
            getattr(self, name).update(getattr(other, name))
        self.all_languages = self.all_languages or other.all_languages

    def changed_languages(self):
        if self.all_languages or any(
            code == keys.ALL_LANGUAGES for _site, code in self.site_languages
        ):
            return None
        found = {keys.language_of(path) for _site, path in self.paths | self.trees}
        found |= {code for _site, code in self.site_languages}
        return (found | self.languages) - {None}

    def version_keys(self):
        version_keys = {keys.path_version_key(site, path) for site, path in self.paths}
        version_keys |= {keys.tree_version_key(site, prefix) for site, prefix in self.trees}
        version_keys |= {keys.language_version_key(code) for code in self.languages}
        version_keys |= {keys.site_version_key(site, code) for site, code in self.site_languages}
        if self.all_languages:
            version_keys.add(keys.language_version_key(keys.ALL_LANGUAGES))
        return version_keys

    def schedule(self):
        transaction.on_commit(self.apply)

    def apply(self):
        tokens = {key: keys.new_token() for key in self.version_keys()}
        if tokens:
            caches["default"].set_many(tokens, timeout=None)
        if frontend_cache_configured():
            self.purge_frontend_cache()
        content_changed.send(sender=Purge, languages=self.changed_languages())

    def purge_frontend_cache(self):
        batch = PurgeBatch(self.urls)
        if self.all_languages or self.languages or self.site_languages:
            # A CDN knows no versions: a language-wide change sends every page of it (on
            # every site: a CDN purge is rare enough not to tell sites apart).
            codes = self.languages | {code for _site, code in self.site_languages}
            if self.all_languages or keys.ALL_LANGUAGES in codes:
                codes = {code for code, _name in settings.LANGUAGES}
            pages = Page.objects.live().filter(depth__gt=1, alias_of__isnull=True)
            batch.add_pages(pages.filter(locale__language_code__in=codes).iterator())
            for root in Site.get_site_root_paths():
                for code in codes:
                    self.add_non_page_views(root.site_id, code, root.root_url)
            batch.add_urls(self.urls)
        batch.purge()


@functools.cache
def non_page_views():
    """The static beginnings of the views outside the page tree, from the URL conf, each with
    whether it is the whole address: ({language: [("/lt/feeds/news/rss/", True),
    ("/lt/feeds/category/", False), …]}, [("/sitemap.xml", True), …]).

    Language-prefixed views (i18n_patterns) count even with arguments (their static beginning
    becomes a tree to purge); unprefixed ones only without (robots.txt, sitemap.xml). Included
    URL confs (Wagtail's page serving, the admin) are not views of this kind.
    """
    i18n_prefixes, plain_paths = {}, []
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and isinstance(entry.pattern, LocalePrefixPattern):
            routes = [static_start(p) for p in entry.url_patterns if isinstance(p, URLPattern)]
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    language_prefix = "/" + entry.pattern.language_prefix
                i18n_prefixes[code] = [(language_prefix + r, whole) for r, whole in routes]
        elif isinstance(entry, URLPattern) and isinstance(entry.pattern, RoutePattern):
            route = str(entry.pattern)
            if "<" not in route and not ("/" + route).startswith(EXCLUDED_PATHS):
                plain_paths.append(("/" + route, True))
    return i18n_prefixes, plain_paths


def static_start(pattern):
    """(`feeds/category/`, False) for `feeds/category/<str:slug>/rss/`, (`search/`, True) for
    `search/`; a regex up to its first symbol."""
    route = str(pattern.pattern).lstrip("^")
    stops = "<" if isinstance(pattern.pattern, RoutePattern) else "<([.*+?\\$|{"
    end = min((route.index(stop) for stop in stops if stop in route), default=len(route))
    return route[:end], end == len(route)
