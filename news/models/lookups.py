"""Finding what a visitor's address names (a category, a project, a year) and the posts that
belong to it, in the visitor's language where translated. Used by the news index and the feeds."""

import datetime

from home.i18n import first_in_active_locale, localize_all
from home.listing import parse_slug
from news.models.categories import NewsCategory
from news.models.posts import NewsPage, NewsPageProject
from projects.models import ProjectPage


def parse_year(value):
    """A four-digit year from a query string, or None ("abc", "99999999999", "-1")."""
    value = str(value)
    if len(value) == 4 and value.isascii() and value.isdigit():
        return int(value)
    return None


def parse_month(value):
    """The first day of a month given as "2025-03", or None ("2025-3", "2025-13", "abc")."""
    value = str(value)
    year, dash, month = value.partition("-")
    if not (dash and parse_year(year) and len(month) == 2 and month.isascii()):
        return None
    if month.isdigit() and 1 <= int(month) <= 12:
        return datetime.date(int(year), int(month), 1)
    return None


def find_news_category(slug):
    """The category with this slug, in the active language if there is one: one query."""
    if parse_slug(slug) is None:  # e.g. a NUL byte, which PostgreSQL refuses
        return None
    return first_in_active_locale(NewsCategory.objects.filter(slug=slug).select_related("locale"))


def find_news_project(slug):
    """The live project page with this slug, in the active language if there is one. One query.

    News posts of a translation may point at the source language's project page, and an
    untranslated project keeps its source slug, so other languages' pages count too.
    """
    if parse_slug(slug) is None:
        return None
    return first_in_active_locale(
        ProjectPage.objects.live()
        .public()
        .filter(alias_of__isnull=True, slug=slug)
        .select_related("locale")
        .order_by("pk")
    )


def posts_in_category(category):
    """Ids of posts in this category or any translation of it (as a subquery)."""
    return NewsPage.categories.through.objects.filter(
        newscategory__translation_key=category.translation_key
    ).values("newspage_id")


def posts_about_project(project):
    """Ids of posts related to this project or any translation of it (as a subquery)."""
    return NewsPageProject.objects.filter(project__translation_key=project.translation_key).values(
        "page_id"
    )


def attach_localized_categories(posts):
    """Give each post `localized_categories` in the active language, in one query for all."""
    posts = list(posts)
    categories = [category for post in posts for category in post.categories.all()]
    localized = dict(zip((c.pk for c in categories), localize_all(categories), strict=True))
    for post in posts:
        post.localized_categories = [localized[c.pk] for c in post.categories.all()]
    return posts
