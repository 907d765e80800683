"""Who may have a project page's poster or evidence pack: whoever may edit that page (a
translator, only for the pages of their language's tree)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from projects.models import ProjectPage


def editable_project(user, page_id):
    """The ProjectPage `page_id` if `user` may edit it; 404 for no such project page, 403
    for one they may not edit."""
    page = get_object_or_404(ProjectPage.objects.select_related("locale"), pk=page_id)
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    return page


def can_edit(user, page):
    return page.permissions_for_user(user).can_edit()
