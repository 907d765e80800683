"""The funding domain's reference data in the admin's "Reference data" menu."""

from wagtail.snippets.models import register_snippet

from home.reference_data import ReferenceDataViewSet

from .models import FundingDisclaimer, FundingProgramme, Organisation


class FundingProgrammeViewSet(ReferenceDataViewSet):
    menu_order = 1
    model = FundingProgramme
    icon = "globe"
    list_display = ["name", "short_name", "period", "fund", "locale"]
    list_filter = ["period", "fund", "locale"]
    search_fields = ["name", "short_name"]
    list_export = ["name", "short_name", "period", "fund", "website"]


class OrganisationViewSet(ReferenceDataViewSet):
    menu_order = 2
    model = Organisation
    icon = "group"
    list_display = ["name", "country", "organisation_type", "locale"]
    list_filter = ["country", "organisation_type", "locale"]
    search_fields = ["name", "short_name", "town"]
    list_export = ["name", "short_name", "country", "town", "organisation_type", "website"]


class FundingDisclaimerViewSet(ReferenceDataViewSet):
    menu_order = 3
    model = FundingDisclaimer
    icon = "info-circle"
    list_display = ["title", "programme", "show_emblem", "locale"]
    list_filter = ["show_emblem", "locale"]
    search_fields = ["title", "statement"]


register_snippet(FundingProgrammeViewSet)
register_snippet(OrganisationViewSet)
register_snippet(FundingDisclaimerViewSet)
