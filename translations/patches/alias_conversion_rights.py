"""Turning a translated page back into an alias of its source is for who may publish it.

Gap: wagtail-localize's `convert_to_alias` view (1.14.5) asks only whether the user may edit
the page. Converting throws the translation away, and Kartu never serves an alias to visitors
(`home.wagtail_hooks`): the page leaves the site at once, without review. So a translator, who
may edit their language's pages but not publish or unpublish them, could take any of them
offline. No upstream issue asks for it (searched the wagtail-localize tracker, November 2026).

`AliasConversionRightsMiddleware` answers 403 before the view runs unless the user may publish
the page (Communications, the translation reviewers, superusers). Importing this module
registers nothing. Delete it (and its line in MIDDLEWARE) when wagtail-localize checks the
publish permission for the conversion.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Page

VIEW = "wagtail_localize:convert_to_alias"


class AliasConversionRightsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name != VIEW or not request.user.is_authenticated:
            return None  # the view itself sends an anonymous visitor to log in
        page = Page.objects.filter(pk=view_kwargs.get("page_id")).first()
        if page is not None and not page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        return None
