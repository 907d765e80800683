"""Who sees the EU visibility report, its dashboard panel and its publish warnings."""

from wagtail.permission_policies import ModelPermissionPolicy

from .models import ComplianceReport

report_permission_policy = ModelPermissionPolicy(ComplianceReport)


def user_can_view_report(user):
    return report_permission_policy.user_has_permission(user, "view")
