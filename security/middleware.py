"""Security headers that Django's SecurityMiddleware does not send (README "Security headers").

Its middlewares sit above the page cache, so a page served from it gets today's headers
rather than the ones stored with it, and a change of policy needs no purge.
"""

from functools import cache
from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, choosing the policy by who asks for what:

    - visitors: CONTENT_SECURITY_POLICY, with no nonce (a nonce would be stored with the page in
      the page cache and served to every later visitor), so public pages have no inline script;
    - previews, which Wagtail renders through the middleware for a frame of the admin: the same
      policy, framed by our own origin only, so editors see what visitors will;
    - the admins (Wagtail's, with wagtail-localize's editor, and Django's): the strict policy for
      anyone not signed in (sign-in, password reset); signed-in staff get the policy Wagtail's
      editing needs, and the strict one as report-only (settings say why)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if getattr(request, "is_dummy", False):
            response._csp_exempt_ro = True  # the admin's report-only policy is not a preview's
        if parts.config is None:
            directives = chosen_directives(request, report_only)
            parts.config = default_config(directives) if directives else None
        if media_origin():
            parts.update = {**(parts.update or {}), "img-src": [media_origin()]}
        return parts


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


def chosen_directives(request, report_only):
    """The directives for this answer, or None for django-csp's own settings (the public
    policy, and no report-only policy)."""
    if getattr(request, "is_dummy", False):
        if report_only:
            return None
        return {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-ancestors": ["'self'"]}
    if not request.path.startswith(admin_prefixes()):
        return None
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        policy = None if report_only else settings.KARTU_ADMIN_STRICT_CONTENT_SECURITY_POLICY
    elif report_only:
        policy = settings.KARTU_ADMIN_STRICT_CONTENT_SECURITY_POLICY
    else:
        policy = settings.KARTU_ADMIN_CONTENT_SECURITY_POLICY
    return policy["DIRECTIVES"] if policy else None


@cache
def admin_prefixes():
    return (reverse("wagtailadmin_home"), reverse("admin:index"))


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
