"""The footer's link to the open data page: the site frame (home) shows it through this tag,
so that home names no address of a higher app."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

register = template.Library()


@register.inclusion_tag("components/open_data_link.html")
def open_data_link():
    return {"url": reverse("open_data"), "title": _("Open data")}
