"""Serve anonymous visitors whole pages from Django's cache, with no SQL query on a hit.

It sits right after WhiteNoise, before the session, locale and authentication middleware: a hit
returns before anything that could touch the database runs. Whether a visitor is anonymous is
decided from the request's cookies alone (no session cookie, no messages cookie, no
Authorization header), so a hit never loads a session.

What is stored: GET responses with status 200 that set no cookie, are not private or no-cache,
vary on nothing but `Cookie`, are not previews and are not streamed; for
`KARTU_PAGE_CACHE_SECONDS`, or less when the page goes stale sooner (lifetime.py). Redirects
and 404s are not stored: they are cheap, a redirect from `/` depends on Accept-Language, and
storing 404s would let anyone fill the cache with made-up addresses. Admin and document paths
are never touched.

Each response gets `X-Kartu-Cache: hit` or `miss`. A header of our own name, not `X-Cache`:
CloudFront and Varnish set `X-Cache` themselves, and ours only tells whether Django rendered
the page, which says nothing a visitor could use against the site.
"""

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost, RequestDataTooBig, TooManyFieldsSent
from django.utils.cache import cc_delim_re

from . import keys, lifetime, sites

HEADER = "X-Kartu-Cache"
EXCLUDED_PATHS = ("/admin/", "/django-admin/", "/cms/", "/documents/")
UNCACHEABLE_CONTROL = {"private", "no-cache", "no-store"}


def cache():
    return caches["default"]


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        lookup = self.lookup(request) if getattr(settings, "KARTU_PAGE_CACHE", False) else None
        if lookup is None:
            return self.get_response(request)
        page_key, cached = lookup
        if cached is not None:
            cached[HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if request.method == "GET" and storable(request, response):
            response[HEADER] = "miss"
            seconds = lifetime.seconds_to_keep(request, settings.KARTU_PAGE_CACHE_SECONDS)
            if seconds:
                cache().set(page_key, response, seconds)
        return response

    def lookup(self, request):
        """(key, cached response or None) for a cacheable request, or None if it is not one."""
        if request.method not in ("GET", "HEAD") or not anonymous(request):
            return None
        path = request.path
        excluded = getattr(settings, "KARTU_PAGE_CACHE_EXCLUDED_PATHS", EXCLUDED_PATHS)
        if path.startswith(tuple(excluded)):
            return None
        try:
            host = request.get_host()
            query = keys.normalised_query(request.META.get("QUERY_STRING", ""))
        except (DisallowedHost, TooManyFieldsSent, RequestDataTooBig):
            return None  # the view answers with its own 400
        versions = current_versions(keys.version_keys(sites.request_site_key(request), path))
        page_key = keys.page_key(host, path, query, versions)
        return page_key, cache().get(page_key)


def anonymous(request):
    cookies = request.COOKIES
    return not (
        settings.SESSION_COOKIE_NAME in cookies
        or getattr(settings, "MESSAGES_COOKIE_NAME", "messages") in cookies
        or "HTTP_AUTHORIZATION" in request.META
    )


def current_versions(version_keys):
    """The tokens of `version_keys`, in order: one round trip when they all exist. A missing
    one (never set, or evicted) gets a fresh token, so no stored page matches it."""
    found = cache().get_many(version_keys)
    missing = [key for key in version_keys if key not in found]
    if missing:
        for key in missing:
            cache().add(key, keys.new_token(), None)
        found.update(cache().get_many(missing))  # another server may have added it first
    return [found.get(key, "") for key in version_keys]


def storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "is_preview", False) or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    control = {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if control & UNCACHEABLE_CONTROL:
        return False
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", ""))}
    return vary <= {"", "cookie"}
