"""Pagination bar: which page numbers it links and the address of each."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_query(context, number):
    """The current query string with `page` set to `number` (keeps the search query)."""
    request = context.get("request")
    query = request.GET.copy() if request else None
    if query is None:
        return f"?page={number}"
    query["page"] = number
    return "?" + query.urlencode()


@register.filter
def page_numbers(page_obj):
    """The page numbers a pagination bar links: the first and last, and two either side of the
    current one, with None where numbers are left out (a list of 80 pages stays short)."""
    paginator = page_obj.paginator
    return [
        None if number == paginator.ELLIPSIS else number
        for number in paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    ]
