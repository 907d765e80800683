"""The news index's filters: category and project by slug (translated slugs too), and a year
that has news. See home.listing for what happens to a value that names nothing."""

import django_filters
from django.utils.translation import gettext_lazy as _

from home.listing import QueryValueFilter
from news.models.lookups import (
    find_news_category,
    find_news_project,
    parse_year,
    posts_about_project,
    posts_in_category,
)


class NewsFilterSet(django_filters.FilterSet):
    """Parses `?category=<slug>&project=<slug>&year=<yyyy>` and narrows the posts.

    `years` are the years the index has news in: another year names nothing. The lookups cost
    one query each for a category and a project; the year none.
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

    def __init__(self, data=None, queryset=None, *, years=(), **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.form.fields["year"].parse = lambda value: (
            year if (year := parse_year(value)) in years else None
        )

    def filter_category(self, posts, name, category):
        return posts.filter(pk__in=posts_in_category(category))

    def filter_project(self, posts, name, project):
        return posts.filter(pk__in=posts_about_project(project))

    def filter_year(self, posts, name, year):
        return posts.filter(date__year=year)
