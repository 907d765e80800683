"""Tree lookups that use the page path's index.

Wagtail's `child_of()` and `descendant_of()` filter with `path LIKE '0001…%' ESCAPE '\\'`, which
SQLite cannot answer from an index: it reads every page of the site, so a news index of one
language slows down as the other languages grow. treebeard's own `get_children()` asks for a
range of paths instead, which the unique index on `path` answers directly.
"""

from wagtail.models import Page


def child_of(pages, parent):
    """`pages.child_of(parent)`, as a range on the path index."""
    return pages.filter(
        path__range=Page._get_children_path_interval(parent.path), depth=parent.depth + 1
    )


def descendant_of(pages, ancestor):
    """`pages.descendant_of(ancestor)`, as a range on the path index: every descendant's path
    is the ancestor's followed by steps of the path alphabet (0-9, A-Z)."""
    steps = Page.alphabet
    longest = Page._meta.get_field("path").max_length - len(ancestor.path)
    return pages.filter(
        path__range=(ancestor.path + steps[0] * Page.steplen, ancestor.path + steps[-1] * longest)
    )


def sibling_of(pages, page):
    """`pages.sibling_of(page, inclusive=False)`, as a range on the path index."""
    parent_path = page.path[: -Page.steplen]
    return pages.filter(
        path__range=Page._get_children_path_interval(parent_path), depth=page.depth
    ).exclude(pk=page.pk)
