"""What a page change affects: its addresses, its ancestors, the views that list pages, the
pages it belongs to, and its translations when their language switchers change.

- The page's own paths on every site whose tree holds it (keyed by that site: another
  organisation's site is left alone), plus any extra paths it declares with Wagtail's
  `get_cached_paths()` convention.
- Its ancestors' paths up to the home page (an index lists its children, the home page the
  latest posts): with `i18n_patterns` an ancestor's path is a prefix of the page's path.
- The language's views outside the tree (feeds, search) and the sitemap.
- Pages it points to by a foreign key, on itself or on an inline (a news post's related
  project lists the post), before and after the change; and pages it names in an optional
  `get_pages_showing_this()` method (a post's previous and next posts link to it).
- When the set of live translations or the page's address changes (first publish, unpublish,
  delete, slug change, move), the other languages' versions: their language switchers and
  hreflang links name this page. A republish at the same address leaves them alone.
- A home page appearing or going: every language of its site (each switcher links every
  home). A page in the menus (a home page's child with show_in_menus): its whole language on
  its site.
"""

from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, Site

from . import keys
from .purge import Purge


def page_paths(url_path):
    """[(site id, root_url, path)] of a page whose `url_path` is given, on every site holding
    it (the site id as text, as pagecache.sites names the request's site)."""
    found = []
    for root in Site.get_site_root_paths():
        if not url_path.startswith(root.root_path):
            continue
        try:
            with translation.override(root.language_code):
                path = reverse("wagtail_serve", args=(url_path[len(root.root_path) :],))
        except NoReverseMatch:
            continue
        found.append((str(root.site_id), root.root_url, path))
    return found


def linked_page_ids(page):
    """Ids of the pages `page` points to by a foreign key on itself or on its inlines."""
    ids = set()
    for field in page_foreign_keys(type(page)):
        ids.add(getattr(page, field.attname))
    for relation in get_all_child_relations(page):
        fields = page_foreign_keys(relation.related_model)
        if fields:
            for child in getattr(page, relation.get_accessor_name()).all():
                ids.update(getattr(child, field.attname) for field in fields)
    return ids - {None, page.pk}


def page_foreign_keys(model):
    """The foreign keys of `model` to page types, other than Wagtail's own (alias_of)."""
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, models.ForeignKey)
        and issubclass(field.related_model, Page)
        and field.model._meta.app_label != "wagtailcore"
    ]


def pages_showing(page):
    method = getattr(page, "get_pages_showing_this", None)
    return {shown.pk for shown in method() if shown is not None} if method else set()


class PageState:
    """What a live page looked like before a save, read from the database."""

    def __init__(self, page):
        self.live = page.live
        self.url_path = page.url_path
        self.show_in_menus = page.show_in_menus
        self.related_ids = linked_page_ids(page) | pages_showing(page) if page.live else set()


def state_before_save(page):
    old = type(page)._default_manager.filter(pk=page.pk).first()
    return PageState(old) if old is not None else None


def page_change(page, before=None, old_url_path=None, translations_change=None):
    """The purge for a change of `page` (published, unpublished, moved or about to be deleted).

    `before` is its PageState before the save; `old_url_path` its address before a move.
    `translations_change` forces (True) or skips (False) purging the other languages' versions;
    by default they are purged when the live set or the address changed.
    """
    purge = Purge()
    old_url_path = old_url_path or (before.url_path if before else page.url_path)
    moved = old_url_path != page.url_path
    current = page_paths(page.url_path)
    extra_paths = [path.lstrip("/") for path in page.specific_deferred.get_cached_paths()]
    for site, root_url, path in current:
        for extra in extra_paths:
            purge.add_path(site, path + extra, root_url)
        for ancestor in keys.tree_prefixes(path)[:-1]:
            purge.add_path(site, ancestor, root_url)
        purge.add_non_page_views(site, keys.language_of(path), root_url)
    if moved:
        for site, root_url, path in [*page_paths(old_url_path), *current]:
            purge.add_tree(site, path, root_url)  # the subpages' addresses change too
            for ancestor in keys.tree_prefixes(path)[:-1]:
                purge.add_path(site, ancestor, root_url)
    related = linked_page_ids(page) | pages_showing(page)
    if before:
        related |= before.related_ids
    for other in Page.objects.filter(pk__in=related).only("url_path"):
        for site, root_url, path in page_paths(other.url_path):
            purge.add_path(site, path, root_url)
    if translations_change is None:
        translations_change = moved or before is None or before.live != page.live
    if translations_change:
        for other in page.get_translations().live().only("url_path"):
            for site, root_url, path in page_paths(other.url_path):
                # After a move the translated subpages' hreflang links change as well.
                (purge.add_tree if moved else purge.add_path)(site, path, root_url)
    in_menus = page.show_in_menus or (before is not None and before.show_in_menus)
    for site, _root_url, path in current:
        depth = len(keys.tree_prefixes(path))
        if depth == 1 and translations_change:
            purge.add_site(site)  # every page's language switcher links each home page
        elif depth == 2 and in_menus:
            purge.add_site(site, keys.language_of(path))  # the main menu on every page
    return purge
