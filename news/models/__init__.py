"""News: posts (project updates, trainings, fairs, webinars), their index and categories, and
how the index and the feeds find and filter posts (lookups, filters): the index page uses them,
so they live beside it and the package has no import circle."""

from .categories import NewsCategory
from .index import NewsIndexPage
from .posts import NewsPage, NewsPageProject, NewsPageTag

__all__ = ["NewsCategory", "NewsIndexPage", "NewsPage", "NewsPageProject", "NewsPageTag"]
