"""The admin's "Reference data" menu: the translatable snippets editors choose from
(programmes, organisations, disclaimers, categories, sectors, regions, footer texts).

`home` owns the menu; each app registers its own snippets' viewsets into it from its
`wagtail_hooks.py` by subclassing `ReferenceDataViewSet`, so `home` imports no app above it.
"""

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

# Wagtail adds the menu item of every viewset whose `menu_hook` is this to the group's submenu.
REFERENCE_DATA_MENU_HOOK = "register_reference_data_menu_item"


class ReferenceDataViewSet(SnippetViewSet):
    """Base of every reference-data snippet's viewset: listed under "Reference data"."""

    menu_hook = REFERENCE_DATA_MENU_HOOK

    @cached_property
    def index_view_class(self):
        """The listing view settings.KARTU_REFERENCE_DATA_INDEX_VIEW names (the translations
        app's shows a translator only their languages), Wagtail's own when it is unset."""
        path = getattr(settings, "KARTU_REFERENCE_DATA_INDEX_VIEW", "")
        return import_string(path) if path else super().index_view_class


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Reference data")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    submenu_hook = REFERENCE_DATA_MENU_HOOK
