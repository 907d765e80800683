"""`{% structured_data %}`: the page's schema.org JSON-LD, in the head of every page."""

from django import template

from home.structured_data import json_ld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's own `get_structured_data()` nodes as one JSON-LD script (nothing for views
    outside the page tree)."""
    page, request = context.get("page"), context.get("request")
    describe = getattr(page, "get_structured_data", None)
    if describe is None or request is None:
        return ""
    nodes = [node for node in describe(request, context) if node]
    return json_ld_script(nodes) if nodes else ""
