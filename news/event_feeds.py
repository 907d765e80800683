"""The iCal feeds of a site's events in the visitor's language, and one event's `.ics` file:

- `/<lang>/feeds/events.ics`: every event of the site in that language;
- `/<lang>/feeds/project/<slug>/events.ics`: the events about one project;
- `/<lang>/feeds/event/<slug>.ics`: one event, to save into a calendar.

Per site: the events under the request's site's home page in the active language, never
another site's or language's, never a draft, an alias or a private post. A fixed number of
queries whatever the number of events: the site, the project (for its feed), the events. The
page cache stores them like pages, and a change of any page of the language purges them.
"""

import datetime

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.languages import active_language, site_home
from home.site_time_zone import site_zone

from .calendar import CalendarSource, calendar_of, calendar_response
from .models import NewsIndexPage, NewsPage
from .models.events import with_event_end
from .models.lookups import find_news_project, posts_about_project

# A feed holds the events of the last year and every later one (at most this many, the latest):
# calendar apps keep what they once showed, so older ones need not be sent again and again.
FEED_PAST_DAYS = 365
FEED_MAX_EVENTS = 500


def site_events(request):
    """(the site's home page in the active language, its live, public events)."""
    home = site_home(request)
    if home is None:  # an unknown host, or a language without a home page on this site
        raise Http404
    events = home.live_descendants(NewsPage).filter(event_start__isnull=False)
    return home, events.select_related("locale")


def calendar_source(request):
    site = Site.find_for_request(request)
    return CalendarSource(request, site, site_zone(request), active_language())


def feed_events(events):
    since = timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS)
    latest = with_event_end(events).filter(ends_at__gte=since).order_by("-event_start", "-pk")
    return list(reversed(latest[:FEED_MAX_EVENTS]))


def news_address(request, home):
    index = home.get_index_page(NewsIndexPage)
    return (index or home).get_full_url(request)


def events_feed(request):
    home, events = site_events(request)
    source = calendar_source(request)
    site_name = source.site.site_name or source.site.hostname
    calendar = calendar_of(
        feed_events(events),
        source,
        name=_("%(site)s: events") % {"site": site_name},
        description=_("Trainings, fairs and webinars announced on %(site)s.") % {"site": site_name},
        url=news_address(request, home),
    )
    return calendar_response(calendar)


def project_events_feed(request, slug):
    _home, events = site_events(request)
    project = find_news_project(slug)
    if project is None:
        raise Http404
    source = calendar_source(request)
    calendar = calendar_of(
        feed_events(events.filter(pk__in=posts_about_project(project))),
        source,
        name=_("%(project)s: events") % {"project": project.title},
        url=project.get_full_url(request),
    )
    return calendar_response(calendar)


def event_file(request, slug):
    _home, events = site_events(request)
    post = events.filter(slug=slug).first()
    if post is None:
        raise Http404
    calendar = calendar_of([post], calendar_source(request), name=post.title)
    return calendar_response(calendar, filename=f"{post.slug}.ics")
