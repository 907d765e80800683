"""Template tags of the news: the latest posts and the upcoming events on the home page, a
project's news, feed and calendar links and event times. (Filter links use Django's
{% querystring %}.)"""

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from home.i18n import active_locale
from home.models import prefetch_image
from home.shared_cache import shared
from news.models import NewsIndexPage, NewsPage
from news.models.events import upcoming_events
from pagecache.lifetime import expire_at

register = template.Library()


@register.simple_tag
def news_feeds(category=None, project=None, all_news=False):
    """The feeds a page offers: the language's news (`all_news`), the category's, the
    project's. Each is a dict with a title, an RSS and an Atom address. No queries."""
    feeds = []
    if all_news:
        feeds.append(_feed(_("All news"), "news_feed", {}))
    if category:
        title = _("News in the category “%(name)s”") % {"name": category.name}
        feeds.append(_feed(title, "category_feed", {"slug": category.slug}))
    if project:
        title = _("News from the project “%(name)s”") % {"name": project.title}
        feeds.append(_feed(title, "project_feed", {"slug": project.slug}))
    return feeds


@register.simple_tag(takes_context=True)
def calendar_feeds(context, project=None, all_events=False):
    """The iCal feeds a page offers: the site's events in this language (`all_events`), the
    project's. Each a dict with a title, its address and its `webcal:` address (which opens a
    calendar app's "subscribe" dialog). No queries."""
    calendars = []
    if all_events:
        calendars.append(_calendar(context, _("Events calendar"), "events_calendar", {}))
    if project:
        title = _("Events of the project “%(name)s”") % {"name": project.title}
        calendars.append(
            _calendar(context, title, "project_events_calendar", {"slug": project.slug})
        )
    return calendars


def _calendar(context, title, name, kwargs):
    url = reverse(name, kwargs=kwargs)
    request = context.get("request")
    absolute = request.build_absolute_uri(url) if request else url
    return {"title": title, "url": url, "webcal": "webcal:" + absolute.split(":", 1)[-1]}


@register.filter
def any_event(posts):
    """Whether any of `posts` announces an event (a project's news: it then has a calendar)."""
    return any(post.is_event for post in posts)


@register.simple_tag
def event_calendar_url(post):
    """The address of a post's event as an `.ics` file."""
    return reverse("event_calendar", kwargs={"slug": post.slug})


def _feed(title, name, kwargs):
    return {
        "title": title,
        "rss": reverse(f"{name}_rss", kwargs=kwargs),
        "atom": reverse(f"{name}_atom", kwargs=kwargs),
    }


def _moment(value, with_date=True):
    local = timezone.localtime(value)
    text = time_format(local, "TIME_FORMAT")
    if with_date:
        text = f"{date_format(local, 'DATE_FORMAT')}, {text}"
    return format_html('<time datetime="{}">{}</time>', local.isoformat(), text)


@register.simple_tag
def event_when(page):
    """When a post's event takes place, in the visitor's language and the site's time zone:
    "22 May 2019, 10:00–14:00" within a day, both dates when it spans several."""
    start, end = page.event_start, page.event_end
    if start is None:
        return ""
    if end is None:
        return _moment(start)
    if timezone.localtime(start).date() == timezone.localtime(end).date():
        return format_html("{}–{}", _moment(start), _moment(end, with_date=False))
    return format_html("{} – {}", _moment(start), _moment(end))


HOME_NEWS_COUNT = 4  # one row of the four-column card grid
PROJECT_NEWS_COUNT = 6


@register.simple_tag
def home_news(home):
    """The latest posts a home page shows and the news index it links to: the posts with
    their images and renditions (three queries), the index from the home page's children."""
    posts = (
        home.live_descendants(NewsPage)
        .prefetch_related(prefetch_image("lead_image"))
        .order_by("-date", "-pk")[:HOME_NEWS_COUNT]
    )
    return {"posts": list(posts), "index": home.get_index_page(NewsIndexPage)}


HOME_EVENTS_COUNT = 4


@register.simple_tag(takes_context=True)
def home_events(context, home):
    """The next events of a home page's language (under way or to come, cancelled ones with
    their note) and the news index. No query while they hold: they come from the shared cache
    until the first of them is over, and the page cache keeps the page no longer than that."""
    request = context.get("request")
    events = shared(
        request,
        f"home_events:{home.pk}",
        lambda: list(
            upcoming_events(home.live_descendants(NewsPage), timezone.now())[:HOME_EVENTS_COUNT]
        ),
        fresh=lambda events: all(event.ends_at > timezone.now() for event in events),
    )
    expire_at(request, min((event.ends_at for event in events), default=None))
    return {"events": events, "index": home.get_index_page(NewsIndexPage)}


@register.simple_tag
def project_news(project):
    """The latest posts in the active language about `project` (or any translation of it).
    One query, remembered on the page object: its head and body both ask."""
    if not hasattr(project, "_latest_news"):
        project._latest_news = list(
            NewsPage.objects.live()
            .public()
            .filter(
                locale=active_locale(),
                related_projects__project__translation_key=project.translation_key,
            )
            .distinct()
            .order_by("-date")[:PROJECT_NEWS_COUNT]
        )
    return project._latest_news
