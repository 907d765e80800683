"""The admin actions the compliance features add to a project page, in its header's menu and
in the page listing's "more" menu, for users who may edit the page."""

from django.urls import reverse
from wagtail.admin.widgets import Button

from compliance.permissions import can_edit
from projects.models import ProjectPage


def project_page_button(page, user, label, url_name, icon_name, priority):
    """One button to `url_name` for `page`, if it is a project page `user` may edit."""
    if issubclass(page.specific_class or type(page), ProjectPage) and can_edit(user, page):
        yield Button(
            label, reverse(url_name, args=[page.pk]), icon_name=icon_name, priority=priority
        )
