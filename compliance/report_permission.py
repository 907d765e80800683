"""The right to read the EU visibility report, as a permission editors' groups are given (its
own module, so that the evidence pack's views can check rights without an import circle)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ComplianceReport(models.Model):
    """No table: only the permission `compliance.view_compliancereport` ("Can view EU
    visibility report"), which `translations.roles.setup_roles` gives Communications and
    superusers hold. Translators and translation reviewers do not see the report."""

    class Meta:
        managed = False
        default_permissions = ("view",)
        verbose_name = _("EU visibility report")
        verbose_name_plural = _("EU visibility reports")

    def __str__(self):
        return str(self._meta.verbose_name)
