"""Which pages a visitor may see, without the query Wagtail spends on it each time.

Wagtail's `public()` and `get_view_restrictions()` read the PageViewRestriction table on every
call, and a page shows several lists, each `public()`. Kartu keeps the restricted sections'
paths in the shared frame cache (`home.shared_cache`: saving or deleting a restriction starts a
new generation) and builds the same filter from them: no query at all while nothing changes.
"""

from django.db.models import Q
from wagtail.models import PageManager as WagtailPageManager
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet as WagtailPageQuerySet

from .shared_cache import shared


def restricted_paths():
    """The tree path of every page with a view restriction (its descendants inherit it)."""
    return shared(
        None,
        "view_restriction_paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


class PageQuerySet(WagtailPageQuerySet):
    def private_q(self):
        q = Q()
        for path in restricted_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])  # as Wagtail's: no private section matches no page


class PageManager(WagtailPageManager):
    _queryset_class = PageQuerySet


def public(pages):
    """`pages.public()` for any page queryset (`Page.objects`, `get_children()` …)."""
    return pages.exclude(PageQuerySet.private_q(pages))
