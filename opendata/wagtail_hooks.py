"""The admin side of open data: the keep.eu import's address and menu item. Wagtail imports
this module; nothing else does."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Site

from .keep_import.admin_view import KeepImportView, may_import


class KeepImportMenuItem(MenuItem):
    def is_shown(self, request):
        site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
        return may_import(request.user, site)


@hooks.register("register_admin_urls")
def register_keep_import_url():
    return [path("keep-import/", KeepImportView.as_view(), name="opendata_keep_import")]


@hooks.register("register_admin_menu_item")
def register_keep_import_menu_item():
    return KeepImportMenuItem(
        _("Import from keep.eu"),
        reverse("opendata_keep_import"),
        name="keep-import",
        icon_name="upload",
        order=350,
    )
