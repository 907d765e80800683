"""Template tags of the search page."""

from django import template

register = template.Library()


@register.filter
def page_type(page):
    """The page's type as visitors read it ("news post", "project page")."""
    return page.specific_class._meta.verbose_name if page.specific_class else ""
