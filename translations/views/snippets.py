"""Snippet listings scoped to a translator's locales (`translations.policy`).

The "Reference data" viewsets (`home.reference_data`) take their listing view from the setting
`KARTU_REFERENCE_DATA_INDEX_VIEW`, which names `LocaleScopedIndexView`: no lower app imports us.
"""

from wagtail.admin.auth import permission_denied
from wagtail.models import TranslatableMixin
from wagtail.snippets.views.snippets import IndexView

from translations.policy import snippet_locales


class LocaleScopedIndexView(IndexView):
    """A translator's snippet listing shows their locales only; another locale is denied."""

    def dispatch(self, request, *args, **kwargs):
        self.allowed_locales = None
        if self.model is not None and issubclass(self.model, TranslatableMixin):
            self.allowed_locales = snippet_locales(request.user, self.model, "change")
        code = request.GET.get("locale")
        if self.allowed_locales is not None and code and code not in self.allowed_locales:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.allowed_locales is not None:
            queryset = queryset.filter(locale__language_code__in=self.allowed_locales)
        return queryset
