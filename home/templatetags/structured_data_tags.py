"""`{% structured_data %}`: the page's schema.org JSON-LD, in the head of every page."""

from django import template

from home.structured_data import json_ld_script, page_nodes

register = template.Library()


@register.simple_tag(takes_context=True)
def structured_data(context):
    nodes = page_nodes(context.get("page"), context.get("request"), context)
    return json_ld_script(nodes) if nodes else ""
