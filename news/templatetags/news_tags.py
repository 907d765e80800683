"""Template tags of the news: filter links that keep the other filters, and feed links."""

from django import template
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag(takes_context=True)
def filter_query(context, **changes):
    """The current query string with each given filter set (or dropped when None), and the
    page number dropped: a new filter starts at page one."""
    request = context.get("request")
    query = request.GET.copy() if request else QueryDict(mutable=True)
    query.pop("page", None)
    for name, value in changes.items():
        if value is None or value == "":
            query.pop(name, None)
        else:
            query[name] = str(value)
    return "?" + query.urlencode() if query else "?"


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
