"""Cooperation enquiries: what visitors send to a member through the profile's enquiry form."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel


class EnquiryStatus(models.TextChoices):
    NEW = "new", pgettext_lazy("enquiry status", "New")
    FORWARDED = "forwarded", pgettext_lazy("enquiry status", "Sent to the member")
    ANSWERED = "answered", pgettext_lazy("enquiry status", "Answered")
    CLOSED = "closed", pgettext_lazy("enquiry status", "Closed")


class CooperationEnquiryQuerySet(models.QuerySet):
    def older_than_retention(self, now=None):
        """Enquiries received more than KARTU_ENQUIRY_RETENTION_DAYS ago."""
        days = settings.KARTU_ENQUIRY_RETENTION_DAYS
        return self.filter(received_at__lt=(now or timezone.now()) - datetime.timedelta(days=days))


class CooperationEnquiry(models.Model):
    """An enquiry a visitor sent to a member through the profile's form: stored here, emailed
    to the member (who answers the visitor directly), deleted after the retention period
    (`manage.py delete_old_enquiries`). Communications staff follow them up under "Members'
    records"; only the status and their notes are editable. Never shown on the site.

    Personal data of the visitor: `str()` and anything logged name the enquiry by number and
    member only, never the sender's address or message."""

    member = models.ForeignKey(
        "clusters.ClusterMemberPage",
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="enquiries",
    )
    cluster = models.ForeignKey(
        "clusters.ClusterPage",
        verbose_name=_("cluster"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    message = models.TextField(_("message"))
    agreed_to_be_contacted = models.BooleanField(_("agreed to be contacted"), default=False)
    language = models.CharField(
        _("language"), max_length=8, help_text=_("The language of the page the visitor wrote on.")
    )
    status = models.CharField(
        _("status"), max_length=16, choices=EnquiryStatus.choices, default=EnquiryStatus.NEW
    )
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    forwarded_at = models.DateTimeField(_("sent to the member at"), null=True, blank=True)
    notes = models.TextField(
        _("staff notes"), blank=True, help_text=_("For staff only: how it was followed up.")
    )

    objects = CooperationEnquiryQuerySet.as_manager()

    panels = [FieldPanel("status"), FieldPanel("notes")]

    class Meta:
        verbose_name = _("cooperation enquiry")
        verbose_name_plural = _("cooperation enquiries")
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return _("Enquiry %(number)s to %(member)s") % {
            "number": self.pk or "",
            "member": self.member.title,
        }
