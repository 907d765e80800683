"""Members' consents to publish their profiles: operational records for site managers."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .members import ClusterMemberPage


class PublicationConsent(models.Model):
    """A member's consent to publish their profile: who gave it, when, and any withdrawal.

    An operational record for site managers (modeladmin), neither content nor translated.
    """

    member = models.ForeignKey(
        ClusterMemberPage,
        verbose_name=_("member profile"),
        on_delete=models.CASCADE,
        related_name="consents",
    )
    given_by = models.CharField(
        _("given by"), max_length=200, help_text=_("The person who consented.")
    )
    given_at = models.DateField(_("given on"))
    method = models.CharField(
        _("how"), max_length=200, blank=True, help_text=_("e.g. “signed form at the Tauragė fair”.")
    )
    withdrawn_at = models.DateField(
        _("withdrawn on"),
        null=True,
        blank=True,
        help_text=_("Unpublish the profile when consent is withdrawn."),
    )
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("publication consent")
        verbose_name_plural = _("publication consents")
        ordering = ["-given_at"]

    def __str__(self):
        return f"{self.member.title} ({self.given_at:%Y-%m-%d})"
