"""The news index's filters: category and project by slug (translated slugs too), a year that
has news, upcoming or past events, and a month that has events. See home.listing for what
happens to a value that names nothing."""

import datetime

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.listing import QueryValueFilter
from news.models.events import past_events, upcoming_events
from news.models.lookups import (
    find_news_category,
    find_news_project,
    parse_month,
    parse_year,
    posts_about_project,
    posts_in_category,
)

UPCOMING, PAST = "upcoming", "past"


class NewsFilterSet(django_filters.FilterSet):
    """Parses `?category=<slug>&project=<slug>&year=<yyyy>&events=upcoming|past&month=<yyyy-mm>`
    and narrows the posts.

    `years` are the years the index has news in, `months` (dates, the first of each) those its
    events start in, in the site's time zone: another year or month names nothing. Upcoming
    events are those not over at `now`, soonest first; past ones the latest first; a month's
    in the order they take place. The lookups cost one query each for a category and a project;
    the rest none.
    """

    category = QueryValueFilter(
        parse=find_news_category,
        error=_("There is no news category “%(slug)s”."),
        param="slug",
        method="filter_category",
    )
    project = QueryValueFilter(
        parse=find_news_project,
        error=_("There is no project “%(slug)s”."),
        param="slug",
        method="filter_project",
    )
    year = QueryValueFilter(
        error=_("There is no news from the year “%(year)s”."),
        param="year",
        method="filter_year",
    )

    events = QueryValueFilter(
        parse=lambda value: value if value in (UPCOMING, PAST) else None,
        error=_("Events are either “upcoming” or “past”, not “%(value)s”."),
        method="filter_events",
    )
    month = QueryValueFilter(
        error=_("There are no events in the month “%(month)s”."),
        param="month",
        method="filter_month",
    )

    def __init__(self, data=None, queryset=None, *, years=(), months=(), now=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.now = now or timezone.now()
        self.form.fields["year"].parse = lambda value: (
            year if (year := parse_year(value)) in years else None
        )
        self.form.fields["month"].parse = lambda value: (
            month if (month := parse_month(value)) in months else None
        )

    def filter_category(self, posts, name, category):
        return posts.filter(pk__in=posts_in_category(category))

    def filter_project(self, posts, name, project):
        return posts.filter(pk__in=posts_about_project(project))

    def filter_year(self, posts, name, year):
        return posts.filter(date__year=year)

    def filter_events(self, posts, name, when):
        return (upcoming_events if when == UPCOMING else past_events)(posts, self.now)

    def filter_month(self, posts, name, month):
        start = timezone.make_aware(datetime.datetime.combine(month, datetime.time()))
        following = (month + datetime.timedelta(days=31)).replace(day=1)
        end = timezone.make_aware(datetime.datetime.combine(following, datetime.time()))
        posts = posts.filter(event_start__gte=start, event_start__lt=end)
        if self.form.cleaned_data.get("events"):
            return posts  # in the order upcoming or past events come
        return posts.order_by("event_start", "pk")
