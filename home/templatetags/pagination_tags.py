"""Pagination bar: which page numbers it links (their addresses come from {% querystring %})."""

from django import template

register = template.Library()


@register.filter
def page_numbers(page_obj):
    """The page numbers a pagination bar links: the first and last, and two either side of the
    current one, with None where numbers are left out (a list of 80 pages stays short)."""
    paginator = page_obj.paginator
    return [
        None if number == paginator.ELLIPSIS else number
        for number in paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    ]
