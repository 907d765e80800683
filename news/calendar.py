"""iCalendar (RFC 5545) files of the events news posts announce, made with the `icalendar`
package: a feed per site and language (and per project) that calendar apps subscribe to, and
one event's file to download.

- **UID** `<translation key>-<language>@<site host name>`: the same event across edits, moves
  and cancellation, and a distinct entry for each translation and each site.
- **SEQUENCE** the post's `event_sequence`, which a publish raises whenever the event's time,
  place or status changes (news/models/events.py), with DTSTAMP its publication time: calendar
  apps replace the copy they hold.
- **Times** in the site's time zone (`TZID=Europe/Vilnius`) with its VTIMEZONE, so that every
  app shows the event at the right hour in its own zone and says where it takes place; the
  calendar's `X-WR-TIMEZONE` names it for apps that read only that.
- **Cancelled** events stay in the feed with `STATUS:CANCELLED` (and the word in the title, for
  apps that ignore the status): a subscriber's calendar says so instead of keeping the event.
- **Online** events carry their link as LOCATION (or as a CONFERENCE beside a venue) and in the
  description; URL is the post itself.
"""

import datetime
import uuid

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from icalendar import Calendar, Conference, Event, vDuration

CONTENT_TYPE = "text/calendar; charset=utf-8"
# How often subscribed apps should fetch the feed again (RFC 7986, and Outlook's X- property).
REFRESH_INTERVAL = datetime.timedelta(hours=6)


class CalendarSource:
    """Who publishes a calendar and how its events are named: the request, the site (host name
    and name), its time zone and the language."""

    def __init__(self, request, site, zone, language):
        self.request, self.site, self.zone, self.language = request, site, zone, language

    def uid(self, post):
        return f"{post.translation_key}-{self.language}@{self.site.hostname}"

    def local(self, moment):
        return timezone.localtime(moment, self.zone) if moment else None


def event_component(post, source):
    """The VEVENT of one post's event."""
    url = post.get_full_url(source.request)
    summary = post.title
    notes = []
    if post.is_cancelled:
        summary = _("Cancelled: %(title)s") % {"title": post.title}
        notes.append(_("This event is cancelled."))
    elif post.is_moved:
        notes.append(_("This event has moved to a new date or place."))
    if post.intro:
        notes.append(post.intro)
    if post.event_url:
        notes.append(_("Join online: %(link)s") % {"link": post.event_url})
    notes.append(url)
    location = post.event_venue or post.event_url or _("Online")
    conferences = []
    if post.event_url and post.event_venue:
        conferences.append(Conference(post.event_url, feature="VIDEO", label=_("Join online")))
    published = post.last_published_at or timezone.now()
    return Event.new(
        uid=source.uid(post),
        sequence=post.event_sequence,
        stamp=published,
        last_modified=published,
        created=post.first_published_at,
        start=source.local(post.event_start),
        end=source.local(post.event_end),
        summary=summary,
        description="\n\n".join(notes),
        location=location,
        url=url,
        status="CANCELLED" if post.is_cancelled else "CONFIRMED",
        conferences=conferences or None,
    )


def calendar_of(posts, source, name, description="", url=None):
    """A VCALENDAR of `posts`' events, with the site's time zone described for the years they
    span. Its UID is derived from its address: the same calendar on every fetch."""
    address = source.request.build_absolute_uri()
    calendar = Calendar.new(
        prodid=f"-//Kartu//{source.site.site_name or source.site.hostname}//"
        f"{source.language.upper()}",
        name=name,
        description=description or None,
        method="PUBLISH",
        calscale="GREGORIAN",
        refresh_interval=REFRESH_INTERVAL,
        uid=uuid.uuid5(uuid.NAMESPACE_URL, address),
        url=url,
    )
    calendar.add("X-WR-TIMEZONE", source.zone.key)
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL).to_ical().decode())
    for post in posts:
        calendar.add_component(event_component(post, source))
    if posts:
        starts = [source.local(post.event_start).date() for post in posts]
        # Whole years, so that both summer and winter time are described.
        first = datetime.date(min(starts).year, 1, 1)
        last = datetime.date(max(starts).year + 1, 1, 1)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def calendar_response(calendar, filename=None):
    """The calendar as a response; with `filename`, as a file to save (a single event)."""
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    if filename:
        response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
