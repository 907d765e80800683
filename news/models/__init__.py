"""News: posts (project updates, trainings, fairs, webinars), their index and categories."""

from .categories import NewsCategory
from .index import NewsIndexPage
from .posts import NewsPage, NewsPageProject, NewsPageTag

__all__ = ["NewsCategory", "NewsIndexPage", "NewsPage", "NewsPageProject", "NewsPageTag"]
