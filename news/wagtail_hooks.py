"""News categories in the admin's "Reference data" menu."""

from wagtail.snippets.models import register_snippet

from home.reference_data import ReferenceDataViewSet

from .models import NewsCategory


class NewsCategoryViewSet(ReferenceDataViewSet):
    menu_order = 4
    model = NewsCategory
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


register_snippet(NewsCategoryViewSet)
