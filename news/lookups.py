"""Finding what a visitor's address names (a category, a project, a year) and the posts that
belong to it, in the visitor's language where translated. Used by the news index and the feeds."""

from django.conf import settings
from django.core.validators import slug_unicode_re
from django.utils.translation import get_language

from home.i18n import localize_all
from news.models.categories import NewsCategory
from news.models.posts import NewsPage, NewsPageProject
from projects.models import ProjectPage


def parse_year(value):
    """A four-digit year from a query string, or None ("abc", "99999999999", "-1")."""
    value = str(value)
    if len(value) == 4 and value.isascii() and value.isdigit():
        return int(value)
    return None


def _locale_rank(obj):
    """Sort key: the active language's objects first, then the default language's, then any.
    By language code, with the locale selected alongside: no query per object."""
    code = obj.locale.language_code
    return 0 if code == get_language() else 1 if code == settings.LANGUAGE_CODE else 2


def prefer_active_locale(objects):
    """One object per translation_key, the first by `_locale_rank` (translated posts may link
    to their source language's categories and project pages)."""
    chosen = {}
    for obj in sorted(objects, key=_locale_rank):
        chosen.setdefault(obj.translation_key, obj)
    return list(chosen.values())


def find_news_category(slug):
    """The category with this slug, in the active language if there is one: one query."""
    if not slug_unicode_re.fullmatch(slug):  # e.g. a NUL byte, which PostgreSQL refuses
        return None
    categories = NewsCategory.objects.filter(slug=slug).select_related("locale")
    return min(categories, key=_locale_rank, default=None)


def find_news_project(slug):
    """The live project page with this slug, in the active language if there is one. One query.

    News posts of a translation may point at the source language's project page, and an
    untranslated project keeps its source slug, so other languages' pages count too.
    """
    if not slug_unicode_re.fullmatch(slug):
        return None
    projects = (
        ProjectPage.objects.live()
        .public()
        .filter(alias_of__isnull=True, slug=slug)
        .select_related("locale")
        .order_by("pk")
    )
    return min(projects, key=_locale_rank, default=None)


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
