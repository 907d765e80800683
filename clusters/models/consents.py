"""Members' consents to publish their profiles, and the rule they enforce.

A profile is one ClusterMemberPage and its translations (one `translation_key`). It may be
published only while a current consent covers everything it shows: the profile itself always,
its photos when it has any, its contact details when it lists any. `ConsentedPublishAction`
(which ClusterMemberPage.publish uses) refuses anything else, whichever way the publish comes:
the page editor, a workflow approval, a bulk action, a translation or scheduled publishing
(clusters.publish_gate shows the editor why). Recording a withdrawal, or deleting a consent,
takes the profile offline in every language at once when what is left no longer covers it.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.log_actions import log
from wagtail.models import Page

SCHEDULED_PUBLISH = "wagtail.publish.scheduled"  # the log action of `publish_scheduled`
UNPUBLISHED_LOG_ACTION = "kartu.consent.unpublish"
SCHEDULE_CANCELLED_LOG_ACTION = "kartu.consent.schedule_cancelled"


class ConsentScope(models.TextChoices):
    """What a consent allows to be shown. Every consent covers the profile itself."""

    PROFILE = "profile", _("the profile (name, description, products and workshops)")
    PHOTOS = "photos", _("photos")
    CONTACT = "contact", _("contact details")


class ConsentMethod(models.TextChoices):
    WRITTEN_FORM = "written_form", _("Signed written form")
    EMAIL = "email", _("Email from the member")
    IN_PERSON = "in_person", _("In person, noted by staff")
    OTHER = "other", _("Other (say how under evidence)")


class PublicationConsentQuerySet(models.QuerySet):
    def current(self):
        return self.filter(withdrawn_at__isnull=True, given_at__lte=timezone.localdate())

    def for_profile(self, page):
        """The consents of `page`'s profile, whichever translation they were recorded on."""
        return self.filter(member__translation_key=page.translation_key)


class PublicationConsent(models.Model):
    """A member's consent to publish their profile: who gave it, when, how, for what, and any
    withdrawal. Site managers and communications staff record it under "Members' records";
    it is never shown on the site. Editing `withdrawn_at` is how a withdrawal is recorded."""

    member = models.ForeignKey(
        "clusters.ClusterMemberPage",
        verbose_name=_("member profile"),
        on_delete=models.CASCADE,
        related_name="consents",
        help_text=_("The profile in any of its languages: the consent covers every language."),
    )
    given_by = models.CharField(
        _("given by"), max_length=200, help_text=_("The person who consented.")
    )
    given_at = models.DateField(_("given on"))
    method = models.CharField(
        _("how"), max_length=20, choices=ConsentMethod.choices, default=ConsentMethod.WRITTEN_FORM
    )
    evidence = models.CharField(
        _("evidence"),
        max_length=200,
        blank=True,
        help_text=_("Where the proof is kept, e.g. “signed form in the 2024 consents folder”."),
    )
    covers_photos = models.BooleanField(
        _("covers photos"), default=False, help_text=_("The portrait, gallery and product photos.")
    )
    covers_contact_details = models.BooleanField(
        _("covers contact details"),
        default=False,
        help_text=_("Phone, email address, website and social media page."),
    )
    withdrawn_at = models.DateField(
        _("withdrawn on"),
        null=True,
        blank=True,
        help_text=_(
            "Set when the member withdraws consent: the profile goes offline in every language "
            "at once. A withdrawal cannot be undone; record a new consent instead."
        ),
    )
    notes = models.TextField(_("notes"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now, editable=False)

    objects = PublicationConsentQuerySet.as_manager()

    panels = [
        FieldPanel("member"),
        FieldRowPanel([FieldPanel("given_by"), FieldPanel("given_at")]),
        FieldRowPanel([FieldPanel("method"), FieldPanel("evidence")]),
        MultiFieldPanel(
            [FieldPanel("covers_photos"), FieldPanel("covers_contact_details")],
            heading=_("Scope: besides the profile itself, the consent covers"),
        ),
        FieldPanel("withdrawn_at"),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("publication consent")
        verbose_name_plural = _("publication consents")
        ordering = ["-given_at", "-pk"]

    def __str__(self):
        return f"{self.member.title} ({self.given_at:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        newly_withdrawn = self.withdrawn_at is not None and (
            self._state.adding or self.stored_withdrawal() is None
        )
        super().save(*args, **kwargs)
        # The pages taken offline, for the admin's message.
        self.unpublished_pages = (
            take_offline_if_uncovered(self.member, self, "withdrawn") if newly_withdrawn else []
        )

    def delete(self, *args, **kwargs):
        member, pk = self.member, self.pk
        result = super().delete(*args, **kwargs)
        self.pk = pk  # the log entries name the deleted consent
        self.unpublished_pages = take_offline_if_uncovered(member, self, "deleted")
        return result

    @property
    def scopes(self):
        return {
            ConsentScope.PROFILE,
            *([ConsentScope.PHOTOS] if self.covers_photos else []),
            *([ConsentScope.CONTACT] if self.covers_contact_details else []),
        }

    @property
    def is_current(self):
        return self.withdrawn_at is None and self.given_at <= timezone.localdate()

    def clean(self):
        errors = {}
        today = timezone.localdate()
        if self.given_at and self.given_at > today:
            errors["given_at"] = _("Record a consent once it has been given, not before.")
        if self.withdrawn_at:
            if self.withdrawn_at > today:
                errors["withdrawn_at"] = _("Record a withdrawal on the day it happens or later.")
            elif self.given_at and self.withdrawn_at < self.given_at:
                errors["withdrawn_at"] = _("A consent cannot be withdrawn before it was given.")
        elif self.pk and self.stored_withdrawal():
            errors["withdrawn_at"] = _(
                "A withdrawal cannot be undone. Record a new consent if the member agrees again."
            )
        stored_member = (
            type(self).objects.filter(pk=self.pk).values_list("member_id", flat=True).first()
            if self.pk
            else None
        )
        if stored_member and self.member_id != stored_member:
            errors["member"] = _(
                "A consent stays with the profile it was given for. Record a new consent for "
                "another profile."
            )
        if errors:
            raise ValidationError(errors)

    def stored_withdrawal(self):
        return type(self).objects.filter(pk=self.pk).values_list("withdrawn_at", flat=True).first()


class ConsentRequired(Exception):
    """A member profile that its consents do not cover was about to be published."""

    def __init__(self, page, missing):
        super().__init__(f"page {page.pk}: no consent covers {sorted(missing) or 'it'}")
        self.page, self.missing = page, missing

    def reason(self):
        """Why, for the editor, in the active language."""
        title = self.page.get_admin_display_title()
        if ConsentScope.PROFILE in self.missing:
            return gettext(
                "“%(title)s” cannot be published: no current consent to publication is "
                "recorded for this member. Record it under Members' records → Publication "
                "consents, then publish again."
            ) % {"title": title}
        scopes = ", ".join(str(ConsentScope(scope).label) for scope in sorted(self.missing))
        return gettext(
            "“%(title)s” cannot be published: the member's consent does not cover %(scopes)s, "
            "which the profile shows. Record a consent that covers them, or remove them from "
            "the profile."
        ) % {"title": title, "scopes": scopes}


def consent_problem(page):
    """A ConsentRequired for `page` (as it would be published), or None when its profile's
    current consents cover everything it shows."""
    consents = list(PublicationConsent.objects.for_profile(page).current())
    covered = set().union(*(consent.scopes for consent in consents))
    missing = set(page.consent_scopes_needed()) - covered
    return ConsentRequired(page, missing) if missing else None


class ConsentedPublishAction(PublishPageRevisionAction):
    """Wagtail's publish action, refusing a member profile that no current consent covers.

    `check()` is where Wagtail's actions refuse (as it refuses a user without the publish
    permission). Scheduled publishing (`publish_scheduled`, which publishes one revision after
    another) is not interrupted: the profile's schedule is cancelled and its history says so.
    """

    def check(self, skip_permission_checks=False):
        super().check(skip_permission_checks=skip_permission_checks)
        problem = consent_problem(self.object)
        if problem is not None:
            raise problem

    def execute(self, skip_permission_checks=False):
        if self.log_action == SCHEDULED_PUBLISH and consent_problem(self.object) is not None:
            self.revision.approved_go_live_at = None
            self.revision.save(update_fields=["approved_go_live_at"])
            log(instance=self.object, action=SCHEDULE_CANCELLED_LOG_ACTION, revision=self.revision)
            return None
        return super().execute(skip_permission_checks=skip_permission_checks)


def profile_pages(member):
    """Every page of `member`'s profile: its translations and aliases in every language."""
    return Page.objects.filter(
        models.Q(translation_key=member.translation_key)
        | models.Q(alias_of__translation_key=member.translation_key)
    ).order_by(models.F("alias_of_id").asc(nulls_first=True), "pk")


def take_offline_if_uncovered(member, consent, reason):
    """Unpublish every live page of `member`'s profile if its current consents no longer cover
    one of them, and cancel any scheduled publishing; return the pages unpublished. Each gets
    a log entry (the page history) naming the consent and the `reason`."""
    pages = list(profile_pages(member).specific())
    live = [page for page in pages if page.live]
    if not any(consent_problem(page) for page in live):
        return []
    for page in live:
        page.refresh_from_db(fields=["live", "live_revision", "has_unpublished_changes"])
        if page.live:  # an alias went offline with its source page already
            page.unpublish(log_action=False)
        # A uuid of its own: page histories show one entry per uuid and action, whatever the
        # page, so entries sharing the request's uuid would hide each other.
        log(
            instance=page,
            action=UNPUBLISHED_LOG_ACTION,
            data={"consent": consent.pk, "reason": reason},
            uuid=uuid.uuid4(),
        )
    for page in pages:
        page.revisions.update(approved_go_live_at=None)
    return live
