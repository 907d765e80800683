"""An evidence pack an editor asked for: built by a background task, kept privately."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .storage import private_storage


class PackStatus(models.TextChoices):
    PENDING = "pending", _("Being built")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class EvidencePack(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=PackStatus.choices, default=PackStatus.PENDING
    )
    file = models.FileField(
        _("file"), storage=private_storage, upload_to="evidence-packs/", blank=True
    )
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("evidence pack")
        verbose_name_plural = _("evidence packs")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.page.title} ({self.created_at:%Y-%m-%d %H:%M})"
