"""Pagination that forgives a visitor's address: lists never answer 404 or 500 for a page number."""

from django.core.paginator import Paginator


def forgiving_page(items, per_page, number, prepare=None):
    """The page `number` of `items`: page one for a missing or malformed number (and for zero
    or a negative one), the last page for one past the end.

    `prepare`, if given, receives the page's items as a list and returns them ready to show
    (translations attached, say): one place for what every list does with its page.
    """
    paginator = Paginator(items, per_page)
    try:
        number = int(number)
    except (TypeError, ValueError):  # None, "", "abc", "1.5", a NUL byte
        number = 1
    page = paginator.page(min(max(number, 1), paginator.num_pages))
    if prepare is not None:
        page.object_list = prepare(list(page.object_list))
    return page
