"""Security headers that Django's SecurityMiddleware does not send (README "Security headers").

Its middlewares sit above the page cache, so a page served from it gets today's headers
rather than the ones stored with it, and a change of policy needs no purge.
"""

from contextlib import suppress
from functools import cache
from urllib.parse import urlsplit

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.utils import build_policy, default_config
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse

# Who an answer is for; each has its (enforced, report-only) Content-Security-Policy.
VISITOR, PREVIEW, SIGNED_OUT_ADMIN, STAFF = "visitor", "preview", "signed-out admin", "staff"


class ContentSecurityPolicyMiddleware:
    """Content-Security-Policy from django-csp's settings and policy builder, chosen by who the
    answer is for:

    - visitors: CONTENT_SECURITY_POLICY, with no nonce (a nonce would be stored with the page in
      the page cache and served to every later visitor), so public pages have no inline script;
    - previews, which Wagtail renders through the middleware for a frame of the admin: the same
      policy, framed by our own origin only, so editors see what visitors will;
    - the admins (Wagtail's, with wagtail-localize's editor, and Django's): the strict policy for
      anyone not signed in (sign-in, password reset); signed-in staff get the policy Wagtail's
      editing needs, and the strict one as report-only (settings/headers.py says why).

    The policies depend on settings alone, so each header is built once: django-csp's own
    middleware builds it again for every answer, which would add a quarter to the time of a
    page-cache hit. Its `csp_exempt` decorators are honoured; its per-view policy decorators
    are not (none is used)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.DEBUG and response.status_code in (404, 500):
            return response  # Django's technical pages are styled inline (as django-csp does)
        if getattr(request, "is_dummy", False):
            response._csp_exempt_ro = True  # the admin's report-only policy is not a preview's
        enforced, report_only = policy_headers(audience(request))
        if enforced and not getattr(response, "_csp_exempt", False):
            response.headers.setdefault(HEADER, enforced)
        if report_only and not getattr(response, "_csp_exempt_ro", False):
            response.headers.setdefault(HEADER_REPORT_ONLY, report_only)
        return response


class CrossOriginResourcePolicyMiddleware:
    """Cross-Origin-Resource-Policy on every answer (KARTU_CROSS_ORIGIN_RESOURCE_POLICY):
    other sites cannot load our pages, feeds or static files as a subresource (an image, a
    script), which keeps them out of another origin's process. Links and feed readers are not
    affected: navigations and server-side fetches are not subresource loads."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if policy := settings.KARTU_CROSS_ORIGIN_RESOURCE_POLICY:
            response.headers.setdefault("Cross-Origin-Resource-Policy", policy)
        return response


def audience(request):
    if getattr(request, "is_dummy", False):  # Wagtail's flag on the request a preview renders
        return PREVIEW
    if not request.path.startswith(admin_prefixes()):
        return VISITOR
    user = getattr(request, "user", None)
    return STAFF if user is not None and user.is_authenticated else SIGNED_OUT_ADMIN


@cache
def policy_headers(audience):
    """(enforced, report-only) header values for `audience`; "" for none."""
    public = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    strict = settings.KARTU_ADMIN_STRICT_CONTENT_SECURITY_POLICY["DIRECTIVES"]
    enforced, report_only = {
        VISITOR: (public, None),
        PREVIEW: ({**public, "frame-ancestors": ["'self'"]}, None),
        SIGNED_OUT_ADMIN: (strict, None),
        STAFF: (settings.KARTU_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"], strict),
    }[audience]
    return built(enforced), built(report_only, report_only=True)


def built(directives, report_only=False):
    if directives is None:
        return ""
    if media_origin():
        directives = {**directives, "img-src": [*directives["img-src"], media_origin()]}
    return build_policy(config=default_config(directives), report_only=report_only)


@cache
def admin_prefixes():
    """Where Wagtail's and Django's admins are mounted; an admin the URLconf lacks is no
    prefix (a tuple of none matches no path)."""
    prefixes = []
    for name in ("wagtailadmin_home", "admin:index"):
        with suppress(NoReverseMatch):
            prefixes.append(reverse(name))
    return tuple(prefixes)


@cache
def media_origin():
    """Where images come from when the media storage is another origin (an S3 bucket, a CDN
    in MEDIA_URL): asked of the storage itself, so the policy names what the pages link."""
    url = urlsplit(default_storage.url("kartu-csp"))
    return f"{url.scheme}://{url.netloc}" if url.scheme and url.netloc else ""


@receiver(setting_changed)
def forget_derived_values(*, setting, **kwargs):
    if setting in {"STORAGES", "MEDIA_URL"}:
        media_origin.cache_clear()
    if setting == "ROOT_URLCONF":
        admin_prefixes.cache_clear()
    if "CONTENT_SECURITY_POLICY" in setting or setting in {"STORAGES", "MEDIA_URL"}:
        policy_headers.cache_clear()
