"""Who sees the EU visibility report, its dashboard panel and its publish warnings; who may
have a project page's poster or evidence pack: whoever may edit that page (a translator, only
for the pages of their language's tree)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.permission_policies import ModelPermissionPolicy

from projects.models import ProjectPage

from .report_permission import ComplianceReport

report_permission_policy = ModelPermissionPolicy(ComplianceReport)


def user_can_view_report(user):
    return report_permission_policy.user_has_permission(user, "view")


def editable_project(user, page_id):
    """The ProjectPage `page_id` if `user` may edit it; 404 for no such project page, 403
    for one they may not edit."""
    page = get_object_or_404(ProjectPage.objects.select_related("locale"), pk=page_id)
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    return page


def can_edit(user, page):
    return page.permissions_for_user(user).can_edit()
