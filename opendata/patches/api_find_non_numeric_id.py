"""Wagtail's API v2 `find` view answers `?id=abc` with a 500.

`BaseAPIViewSet.find_object` (wagtail/api/v2/views.py, Wagtail 8.0.1) passes the `id` query
parameter to `queryset.get(id=…)` as it comes, and the find view catches only DoesNotExist,
so any value Django cannot turn into a number raises ValueError: a server error for a request
any visitor can send (found by tests/security/test_fuzz.py). Wagtail fixed the same fault for
the listing's field filters (wagtail/wagtail#7011); no upstream issue names the find view yet.
Delete this module (and the mixin's use in opendata/api.py) once Wagtail validates the id.
"""

from wagtail.api.v2.utils import BadRequestError


class NumericFindId:
    """Mix into an API viewset: a find request with an id that is not a whole number is a
    400 with Wagtail's own error format."""

    def find_object(self, queryset, request):
        if "id" in request.GET:
            value = request.GET["id"]
            if not value.isascii() or not value.isdigit():
                raise BadRequestError("id must be a whole number")
        return super().find_object(queryset, request)
