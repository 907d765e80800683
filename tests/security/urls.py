"""A view that fails the way a bug in an enquiry form would, with the visitor's address in the
exception, for the logging tests."""

from django.http import HttpResponseServerError
from django.urls import path

from home.site_time_zone import without_site_time_zone


@without_site_time_zone  # a view that fails before any date is shown; the test has no database
def failing_enquiry(request):
    raise ValueError(f"Could not store the enquiry from {request.POST.get('email')}")


def server_error(request):
    return HttpResponseServerError("Server error")


urlpatterns = [path("enquiry/", failing_enquiry)]
handler500 = server_error
