"""The site frame's data, shared by every request and every app server until content changes.

Navigation, each language's home page, a page's translations, the site settings, the footer,
the funders and the view restrictions change only when someone saves something, yet every page
shows them. They live in Django's cache (Redis, shared by the app servers, when CACHE_URL is
set) under a *generation*: saving any content or configuration starts a new generation, so the
next request rebuilds what it needs and nothing stale is ever served. The generation is read
once per request; a value is computed at most once per generation.
"""

import time
from contextvars import ContextVar

from django.core.cache import cache
from wagtail.models import Site

GENERATION_KEY = "kartu:frame:generation"
TIMEOUT = 24 * 60 * 60  # a day: a generation nobody asks for anymore expires
_MISSING = object()
# The request being served, for code that has none to pass (model methods, managers).
_current_request = ContextVar("kartu_frame_request", default=None)


class SharedCacheMiddleware:
    """Lets `shared()` calls without a request still read the generation once per request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


def current_request():
    """The request being served (set by SharedCacheMiddleware), or None outside one: for
    signal handlers that answer the user who caused them (compliance's publish warning)."""
    return _current_request.get()


def _new_generation():
    # Never a number used before, even after the cache was emptied: old entries stay unreachable.
    return time.time_ns()


def generation(request=None):
    """The current generation, read once per request."""
    request = request or _current_request.get()
    if request is not None and hasattr(request, "_kartu_frame_generation"):
        return request._kartu_frame_generation
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _new_generation(), None)
        value = cache.get(GENERATION_KEY)
    if request is not None:
        request._kartu_frame_generation = value
    return value


def bump():
    """Start a new generation: every cached frame value is rebuilt on its next use."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # the key was evicted: any new number will do
        cache.set(GENERATION_KEY, _new_generation(), None)


def shared(request, name, compute, fresh=None):
    """`compute()`'s value, from the request, else from the shared cache of this generation,
    else computed and stored for the others. `name` must say everything the value depends on
    (site, language, page) apart from content, which the generation covers.

    `fresh`, for a value that also goes stale with time (the upcoming events), says whether a
    stored value still holds; one that does not is computed again and replaces it."""
    request = request or _current_request.get()
    memo = request.__dict__.setdefault("_kartu_cache", {}) if request is not None else {}
    if name in memo:
        return memo[name]
    key = f"kartu:frame:{generation(request)}:{name}"
    stored = cache.get(key, _MISSING)
    if stored is _MISSING or (fresh is not None and not fresh(stored[0])):
        value = compute()
        cache.set(key, (value,), TIMEOUT)
    else:
        (value,) = stored
    memo[name] = value
    return value


class SharedSiteSetting:
    """Mix into a BaseSiteSetting: `for_request` (the front end's way in, and the `settings`
    context processor's) reads the shared cache instead of the database. The admin's edit view
    uses `for_site` and still reads the row itself."""

    @classmethod
    def for_request(cls, request):
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            if site is not None:
                name = f"setting:{cls._meta.label_lower}:{site.pk}"
                instance = shared(request, name, lambda: cls.for_site(site))
                instance._request = request
                setattr(request, attr_name, instance)
        return super().for_request(request)
