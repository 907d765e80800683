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


class SiteTimeZoneMiddleware:
    """After the page cache (a hit needs no time zone) and the shared frame cache: no query
    once warm, as the site lookup is the one the page makes anyway."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with timezone.override(site_zone(request)):
            return self.get_response(request)
