"""The production URLs plus /floor/: the cheapest response Django can give through the same
middleware stack, so each page's speed can be read as a fraction of what the framework allows."""

from django.http import HttpResponse
from django.urls import path

from home.site_time_zone import without_site_time_zone
from kartu.urls import urlpatterns as site_urlpatterns


@without_site_time_zone
def floor(request):
    return HttpResponse(b"floor", content_type="text/plain")


# Not include("kartu.urls"): Django refuses i18n_patterns in an included URLconf.
urlpatterns = [path("floor/", floor, name="bench_floor"), *site_urlpatterns]
