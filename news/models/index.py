"""The news index: a language's posts, filtered by category, project and year."""

from django.utils.translation import gettext_lazy as _

from home.models import BasePage, prefetch_image
from home.pagination import forgiving_page
from news.lookups import (
    attach_localized_categories,
    find_news_category,
    find_news_project,
    parse_year,
    posts_about_project,
    posts_in_category,
    prefer_active_locale,
)
from projects.models import ProjectPage

from .categories import NewsCategory
from .posts import NewsPage, NewsPageProject

NEWS_PER_PAGE = 12


class NewsIndexPage(BasePage):
    """Lists a language's news posts, newest first, a page at a time."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def get_posts(self, posts=None):
        if posts is None:
            posts = NewsPage.objects.child_of(self).live().public()
        return posts.prefetch_related("categories", prefetch_image("lead_image")).order_by(
            "-date", "-pk"
        )

    def get_filter_choices(self, posts):
        """What visitors can filter `posts` (this index's live, public posts) by: categories
        and projects they use (in the active language where translated) and the years with
        posts. Four queries."""
        category_keys = NewsPage.categories.through.objects.filter(
            newspage__in=posts.values("pk")
        ).values("newscategory__translation_key")
        categories = prefer_active_locale(
            NewsCategory.objects.filter(translation_key__in=category_keys).select_related("locale")
        )
        project_keys = NewsPageProject.objects.filter(page__in=posts.values("pk")).values(
            "project__translation_key"
        )
        projects = prefer_active_locale(
            ProjectPage.objects.live()
            .public()
            .filter(alias_of__isnull=True, translation_key__in=project_keys)
            .select_related("locale")
            .order_by("title")
        )
        years = [day.year for day in posts.dates("date", "year", order="DESC")]
        return NewsFilterChoices(
            categories=sorted(categories, key=lambda c: c.name.casefold()),
            projects=sorted(projects, key=lambda p: p.title.casefold()),
            years=years,
        )

    def get_active_filters(self, request, choices):
        """The filters the query string asks for, and a message for each value that names no
        category, project or year (a visitor's typo must not become a 500)."""
        active, errors = {}, []
        slug = request.GET.get("category", "").strip()
        if slug:
            category = find_news_category(slug)
            if category is None:
                errors.append(_("There is no news category “%(slug)s”.") % {"slug": slug})
            else:
                active["category"] = category
        slug = request.GET.get("project", "").strip()
        if slug:
            project = find_news_project(slug)
            if project is None:
                errors.append(_("There is no project “%(slug)s”.") % {"slug": slug})
            else:
                active["project"] = project
        value = request.GET.get("year", "").strip()
        if value:
            year = parse_year(value)
            if year is None or year not in choices.years:
                errors.append(_("There is no news from the year “%(year)s”.") % {"year": value})
            else:
                active["year"] = year
        return active, errors

    def filter_posts(self, posts, active):
        if "category" in active:
            posts = posts.filter(pk__in=posts_in_category(active["category"]))
        if "project" in active:
            posts = posts.filter(pk__in=posts_about_project(active["project"]))
        if "year" in active:
            posts = posts.filter(date__year=active["year"])
        return posts

    def get_context(self, request, *args, **kwargs):
        """Posts, filtered by category, project and year from the query string, a page at a
        time. A fixed number of queries: the filter choices (four), the filter lookups (one
        each), then the count and the page of posts with their images and categories."""
        context = super().get_context(request, *args, **kwargs)
        live_posts = NewsPage.objects.child_of(self).live().public()
        choices = self.get_filter_choices(live_posts)
        active, errors = self.get_active_filters(request, choices)
        posts = self.get_posts(live_posts)
        posts = posts.none() if errors else self.filter_posts(posts, active)
        posts = forgiving_page(posts, NEWS_PER_PAGE, request.GET.get("page"))
        attach_localized_categories(posts.object_list)
        context["posts"] = posts
        context["filter_choices"] = choices
        context["active_filters"] = active
        context["filter_errors"] = errors
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A filter value that names nothing: say so on the page, and tell robots it is missing.
        if getattr(response, "context_data", None) and response.context_data.get("filter_errors"):
            response.status_code = 404
        return response


class NewsFilterChoices:
    """Categories, projects and years a news index can be filtered by."""

    def __init__(self, categories, projects, years):
        self.categories = categories
        self.projects = projects
        self.years = years

    def __bool__(self):
        return bool(self.categories or self.projects or self.years)
