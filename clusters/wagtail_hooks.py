"""Craft sectors and regions in the admin's "Reference data" menu, and members' publication
consents (operational records, not content: wagtail-modeladmin)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from home.reference_data import ReferenceDataViewSet

from .models import CraftSector, PublicationConsent, Region
from .patches.modeladmin_history_rights import PermissionCheckedHistoryView


class CraftSectorViewSet(ReferenceDataViewSet):
    menu_order = 5
    model = CraftSector
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class RegionViewSet(ReferenceDataViewSet):
    menu_order = 6
    model = Region
    icon = "site"
    list_display = ["name", "country", "locale"]
    list_filter = ["country", "locale"]


register_snippet(CraftSectorViewSet)
register_snippet(RegionViewSet)


class PublicationConsentAdmin(ModelAdmin):
    model = PublicationConsent
    menu_label = _("Publication consents")
    menu_icon = "form"
    menu_order = 310
    list_display = ("member", "given_by", "given_at", "withdrawn_at")
    list_filter = ("given_at", "withdrawn_at")
    search_fields = ("given_by", "member__title", "notes")
    inspect_view_enabled = True
    history_view_class = PermissionCheckedHistoryView
    list_export = ("member", "given_by", "given_at", "method", "withdrawn_at")


modeladmin_register(PublicationConsentAdmin)
