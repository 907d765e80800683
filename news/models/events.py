"""The event a news post announces (a training, fair or webinar): when, where, whether it still
takes place, and how calendars recognise it again after a change.

A calendar app that subscribed to the site's iCal feed keeps each event by its UID and takes a
changed copy only when its SEQUENCE grew: `event_sequence` grows by itself whenever a publish
changes the event's time, place or status, and editors never see it.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Min
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Takes place as announced")
    CANCELLED = "cancelled", _("Cancelled")
    MOVED = "moved", _("Moved to a new date or place")


# What a calendar must be told again when it changes (RFC 5545 3.8.7.4: a "significant
# revision"); a new title or intro reaches calendars at their next refresh without it.
SIGNIFICANT_FIELDS = (
    "event_start",
    "event_end",
    "event_venue",
    "event_online",
    "event_url",
    "event_status",
)


class EventDetails(models.Model):
    """The event fields of a news post, their panel and their checks. Communications staff
    fill them in for a training, fair or webinar; the post, the home page's "Upcoming events",
    the news index's event filters, the iCal feeds and search engines show them."""

    event_start = models.DateTimeField(
        _("event starts"),
        null=True,
        blank=True,
        help_text=_(
            "Fill in for a training, fair or webinar: shown on the post and to search engines."
        ),
    )
    event_end = models.DateTimeField(_("event ends"), null=True, blank=True)
    event_venue = models.CharField(
        _("venue"),
        max_length=255,
        blank=True,
        help_text=_("Place and town, e.g. “Tauragės kultūros centras, Tauragė”."),
    )
    event_online = models.BooleanField(
        _("online event"), default=False, help_text=_("A webinar or other event held online.")
    )
    event_url = models.URLField(
        _("online event link"),
        blank=True,
        help_text=_(
            "Where participants join or register for an online event: shown on the post and "
            "in calendars."
        ),
    )
    event_status = models.CharField(
        _("event status"),
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text=_(
            "Cancelled or moved events stay listed with a note, and calendars that subscribed "
            "to the site's events are updated."
        ),
    )
    # Not editable: grows by itself on publish (see `save`); wagtail-localize leaves it alone.
    event_sequence = models.PositiveIntegerField(_("event revision"), default=0, editable=False)

    event_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("event_start"), FieldPanel("event_end")]),
                FieldPanel("event_venue"),
                FieldPanel("event_online"),
                FieldPanel("event_url"),
                FieldPanel("event_status"),
            ],
            heading=_("Event"),
            classname="collapsed",
        )
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        """Count a change of the event's time, place or status (which happens on publish:
        drafts are revisions and leave the row alone) against the row as last saved. The
        number always comes from the row, never from the revision being published, so an old
        draft cannot turn it back."""
        update_fields = kwargs.get("update_fields")
        if self.pk and (update_fields is None or set(SIGNIFICANT_FIELDS) & set(update_fields)):
            self.event_sequence = self.next_event_sequence()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "event_sequence"}
        return super().save(*args, **kwargs)

    @property
    def is_event(self):
        return self.event_start is not None

    @property
    def event_ends_at(self):
        """When the event is over: its end, or its start when no end is given."""
        return self.event_end or self.event_start

    @property
    def is_cancelled(self):
        return self.event_status == EventStatus.CANCELLED

    @property
    def is_moved(self):
        return self.event_status == EventStatus.MOVED

    def clean(self):
        super().clean()
        errors = {}
        if self.event_end and not self.event_start:
            errors["event_start"] = _("Give the start of the event as well as its end.")
        if self.event_start and self.event_end and self.event_end < self.event_start:
            errors["event_end"] = _("The event cannot end before it starts.")
        if self.event_start and not (self.event_venue or self.event_online):
            errors["event_venue"] = _("Say where the event takes place, or mark it as online.")
        if self.event_url and not self.event_online:
            errors["event_online"] = _("An event with an online link is an online event.")
        if errors:
            raise ValidationError(errors)

    def next_event_sequence(self):
        saved = (
            type(self)
            ._default_manager.filter(pk=self.pk)
            .values(*SIGNIFICANT_FIELDS, "event_sequence")
            .first()
        )
        if saved is None:
            return 0
        changed = any(saved[name] != getattr(self, name) for name in SIGNIFICANT_FIELDS)
        return saved["event_sequence"] + 1 if changed else saved["event_sequence"]


def with_event_end(posts):
    """Posts with events, each with `ends_at`: its end, or its start without one."""
    return posts.filter(event_start__isnull=False).annotate(
        ends_at=Coalesce(F("event_end"), F("event_start"))
    )


def upcoming_events(posts, now):
    """Events not over yet at `now` (those under way too), soonest first."""
    return with_event_end(posts).filter(ends_at__gt=now).order_by("event_start", "pk")


def past_events(posts, now):
    """Events over at `now`, latest first."""
    return with_event_end(posts).filter(ends_at__lte=now).order_by("-event_start", "-pk")


def next_event_change(posts, now):
    """The next moment after `now` at which one of `posts`' events is over (and so moves from
    upcoming to past), or None: lists of upcoming or past events stay right until then."""
    return upcoming_events(posts, now).aggregate(moment=Min("ends_at"))["moment"]
