"""Admin menus that span apps. The project package sits above every app, so it may import them."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from clusters.models import CraftSector, PublicationConsent, Region
from home.models import FooterText
from news.models import NewsCategory
from projects.models import FundingDisclaimer, FundingProgramme, Organisation

# Translatable snippets: a translator sees and edits only their locale's (see permissions.py).
from .permissions import TranslatableSnippetViewSet


class FundingProgrammeViewSet(TranslatableSnippetViewSet):
    model = FundingProgramme
    icon = "globe"
    list_display = ["name", "short_name", "period", "fund", "locale"]
    list_filter = ["period", "fund", "locale"]
    search_fields = ["name", "short_name"]
    list_export = ["name", "short_name", "period", "fund", "website"]


class OrganisationViewSet(TranslatableSnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "country", "organisation_type", "locale"]
    list_filter = ["country", "organisation_type", "locale"]
    search_fields = ["name", "short_name", "town"]
    list_export = ["name", "short_name", "country", "town", "organisation_type", "website"]


class FundingDisclaimerViewSet(TranslatableSnippetViewSet):
    model = FundingDisclaimer
    icon = "info-circle"
    list_display = ["title", "programme", "show_emblem", "locale"]
    list_filter = ["show_emblem", "locale"]
    search_fields = ["title", "statement"]


class NewsCategoryViewSet(TranslatableSnippetViewSet):
    model = NewsCategory
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class CraftSectorViewSet(TranslatableSnippetViewSet):
    model = CraftSector
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class RegionViewSet(TranslatableSnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "country", "locale"]
    list_filter = ["country", "locale"]


class FooterTextViewSet(TranslatableSnippetViewSet):
    model = FooterText
    icon = "doc-full"
    list_display = ["organisation_name", "locale"]
    list_filter = ["locale"]


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Reference data")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (
        FundingProgrammeViewSet,
        OrganisationViewSet,
        FundingDisclaimerViewSet,
        NewsCategoryViewSet,
        CraftSectorViewSet,
        RegionViewSet,
        FooterTextViewSet,
    )


register_snippet(ReferenceDataGroup)


class PublicationConsentAdmin(ModelAdmin):
    model = PublicationConsent
    menu_label = _("Publication consents")
    menu_icon = "form"
    menu_order = 310
    list_display = ("member", "given_by", "given_at", "withdrawn_at")
    list_filter = ("given_at", "withdrawn_at")
    search_fields = ("given_by", "member__title", "notes")
    inspect_view_enabled = True
    list_export = ("member", "given_by", "given_at", "method", "withdrawn_at")


modeladmin_register(PublicationConsentAdmin)
