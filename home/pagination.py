"""Pagination that forgives a visitor's address: lists never answer 404 or 500 for a page number."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def forgiving_page(items, per_page, number):
    """The page `number` of `items`: page one for a missing or malformed number, the last page
    for one past the end."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
