"""Each request runs in its site's time zone (SiteSettings.time_zone): event times in pages,
and everything else Django formats, read as the site's visitors expect. The admin keeps each
editor's own time zone (Wagtail activates it in every admin view)."""

from django.utils import timezone
from wagtail.models import Site

from .models import SiteSettings
from .shared_cache import shared
from .time_zones import zone_named


def site_zone(request):
    """The time zone of the request's site (the install's TIME_ZONE for an unknown host). From
    the shared cache; read without creating the site's settings, which a feed never needs."""
    site = Site.find_for_request(request)
    if site is None:
        return zone_named("")
    name = shared(
        request,
        f"site_time_zone:{site.pk}",
        lambda: SiteSettings.objects.filter(site=site).values_list("time_zone", flat=True).first(),
    )
    return zone_named(name)


def without_site_time_zone(view):
    """Mark a view that shows no date and must not depend on the site lookup or the shared
    cache (a health probe answering while the cache is down, the benchmark's floor)."""
    view.site_time_zone = False
    return view


class SiteTimeZoneMiddleware:
    """After the page cache (a hit needs no time zone) and the shared frame cache: no query
    once warm, as the site lookup is the one the page makes anyway. The zone is chosen once
    the view is known, so views marked `without_site_time_zone` never look the site up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "site_time_zone", True):
            timezone.activate(site_zone(request))
