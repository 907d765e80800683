"""Template tags of the search page."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def search_type_query(context, result_type):
    """The current query string narrowed to `result_type` (None: every type), from page one."""
    request = context.get("request")
    query = request.GET.copy() if request else None
    if query is None:
        return ""
    query.pop("page", None)
    query.pop("type", None)
    if result_type:
        query["type"] = result_type
    return query.urlencode()


@register.filter
def page_type(page):
    """The page's type as visitors read it ("news post", "project page")."""
    return page.specific_class._meta.verbose_name if page.specific_class else ""
