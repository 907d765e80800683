"""Inserting thousands of pages at once: treebeard paths computed here, rows inserted in batches.

Wagtail's `add_child()` saves one page at a time (it reads the parent's last child, inserts a
row into each table and updates the parent), and publishing adds a revision: far too slow for
60,000 pages. Here each parent hands out materialised paths after its last existing child
(`Children`), the `wagtailcore_page` rows go in with `bulk_create`, and the page type's own
table, which Django cannot bulk-create for a multi-table-inherited model, with one
`executemany` of the values Django itself would save. Pages are inserted live, without
revisions: Wagtail serves, lists and edits a page whose latest revision is empty.
"""

from django.db import connection
from django.db.models import F
from django.utils.text import slugify
from wagtail.models import Page

# The columns of wagtailcore_page, copied from each specific page into a plain Page row.
PAGE_FIELDS = [field for field in Page._meta.concrete_fields if not field.primary_key]
BATCH = 500
SLUG_LENGTH = 80


class Children:
    """Places new pages under `parent`: after its last child, with slugs unique among its
    children. Call `save()` once the pages are inserted, to count them in `numchild`."""

    def __init__(self, parent):
        self.parent = parent
        siblings = Page.objects.filter(
            path__startswith=parent.path, depth=parent.depth + 1
        ).order_by("-path")
        last = siblings.values_list("path", flat=True).first()
        self.next_step = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        self.slugs = set(siblings.values_list("slug", flat=True))
        self.suffixes = {}
        self.added = 0

    def unique_slug(self, text):
        base = slugify(text)[:SLUG_LENGTH].strip("-") or "page"
        slug, number = base, self.suffixes.get(base, 1)
        while slug in self.slugs:
            number += 1
            slug = f"{base}-{number}"
        self.suffixes[base] = number
        self.slugs.add(slug)
        return slug

    def place(self, page, slug_text):
        """Give the unsaved `page` its path, depth, slug, URL path and locale under the parent."""
        parent = self.parent
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, self.next_step)
        page.slug = self.unique_slug(slug_text)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.numchild = 0
        self.next_step += 1
        self.added += 1
        return page

    def save(self):
        if self.added:
            Page.objects.filter(pk=self.parent.pk).update(numchild=F("numchild") + self.added)
            self.parent.numchild += self.added
            self.added = 0


def insert_pages(model, pages):
    """Insert unsaved `model` pages (placed by `Children.place`), setting their primary keys."""
    if list(model._meta.get_parent_list()) != [Page]:
        raise TypeError(f"{model.__name__} does not inherit from Page directly.")
    rows = [
        Page(**{field.attname: getattr(page, field.attname) for field in PAGE_FIELDS})
        for page in pages
    ]
    Page.objects.bulk_create(rows, batch_size=BATCH)
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
        page._state.adding = False
        page._state.db = row._state.db
    insert_rows(model, pages, model._meta.local_concrete_fields)
    return pages


def insert_rows(model, objects, fields):
    """INSERT `objects` into `model`'s own table: the values Django would save, in one batch."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"
    rows = [
        [field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields]
        for obj in objects
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def live_page(model, title, published_at, **fields):
    """An unsaved `model` page, published at `published_at`, with no revision."""
    return model(
        title=title,
        draft_title=title,
        live=True,
        has_unpublished_changes=False,
        first_published_at=published_at,
        last_published_at=published_at,
        **fields,
    )
