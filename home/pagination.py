"""Pagination that forgives a visitor's address: lists never answer 404 or 500 for a page number."""

from django.core.paginator import Paginator


class KeysFirst:
    """A queryset paged in two steps: the page's keys in a narrow query, then its rows.

    Ordering thousands of wide rows (a post's body is a StreamField) to skip to page 400 sorts
    every column of every row; sorting only the keys, then loading twelve rows, costs a tenth
    of it. One query more per page, so only for lists that grow into the thousands.

    `keys`, if given, are all the queryset's keys in order, known already (from a cache): then
    counting and paging cost no query, and loading the page's rows one.
    """

    def __init__(self, queryset, keys=None):
        self.queryset = queryset
        self.keys = keys
        self.ordered = queryset.ordered

    def count(self):
        return len(self.keys) if self.keys is not None else self.queryset.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self.queryset[index]
        if self.keys is not None:
            keys = self.keys[index]
        else:
            keys = list(self.queryset.values_list("pk", flat=True)[index])
        rows = {row.pk: row for row in self.queryset.filter(pk__in=keys)}
        return [rows[key] for key in keys if key in rows]


def forgiving_page(items, per_page, number, prepare=None, count=None):
    """The page `number` of `items`: page one for a missing or malformed number (and for zero
    or a negative one), the last page for one past the end.

    `prepare`, if given, receives the page's items as a list and returns them ready to show
    (translations attached, say): one place for what every list does with its page.
    `count`, if given, is the number of `items`, known already: no count query.
    """
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached_property: this is its value
    try:
        number = int(number)
    except (TypeError, ValueError):  # None, "", "abc", "1.5", a NUL byte
        number = 1
    page = paginator.page(min(max(number, 1), paginator.num_pages))
    if prepare is not None:
        page.object_list = prepare(list(page.object_list))
    return page
