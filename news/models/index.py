"""The news index: a language's posts, filtered by category, project and year, and its events
by time (upcoming, past) and month."""

from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.i18n import prefer_active_locale
from home.listing import FilteredListingMixin, filtered_page
from home.models import BasePage, prefetch_image
from home.shared_cache import shared
from home.tree import child_of
from pagecache.lifetime import expire_at
from projects.models import ProjectPage

from .categories import NewsCategory
from .events import next_event_change
from .filters import NewsFilterSet
from .lookups import attach_localized_categories
from .posts import NewsPage, NewsPageProject

NEWS_PER_PAGE = 12


class NewsIndexPage(FilteredListingMixin, BasePage):
    """Lists a language's news posts, newest first, a page at a time."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def get_posts(self, posts=None):
        if posts is None:
            posts = child_of(NewsPage.objects, self).live().public()
        return posts.prefetch_related("categories", prefetch_image("lead_image")).order_by(
            "-date", "-pk"
        )

    def get_filter_choices(self, posts):
        """What visitors can filter `posts` (this index's live, public posts) by: categories
        and projects they use (in the active language where translated), the years with
        posts and the months with events (in the site's time zone). Five queries."""
        category_keys = NewsPage.categories.through.objects.filter(
            newspage__in=posts.values("pk")
        ).values("newscategory__translation_key")
        categories = prefer_active_locale(
            NewsCategory.objects.filter(translation_key__in=category_keys).select_related("locale")
        ).values()
        project_keys = NewsPageProject.objects.filter(page__in=posts.values("pk")).values(
            "project__translation_key"
        )
        projects = prefer_active_locale(
            ProjectPage.objects.live()
            .public()
            .filter(alias_of__isnull=True, translation_key__in=project_keys)
            .select_related("locale")
            # What the filter links show: kept in the shared cache, and read back on every view.
            .only("title", "slug", "translation_key", "locale__language_code")
            .order_by("title")
        ).values()
        years = [day.year for day in posts.dates("date", "year", order="DESC")]
        months = [
            moment.date()
            for moment in posts.filter(event_start__isnull=False).datetimes(
                "event_start", "month", order="DESC"
            )
        ]
        return NewsFilterChoices(
            categories=sorted(categories, key=lambda c: c.name.casefold()),
            projects=sorted(projects, key=lambda p: p.title.casefold()),
            years=years,
            months=months,
        )

    def next_event_change(self, request, posts):
        """When the first of this index's events not over yet will be: until then its lists of
        upcoming and past events hold. From the shared cache until that moment passes."""
        return shared(
            request,
            f"news_next_event_change:{self.pk}",
            lambda: next_event_change(posts, timezone.now()),
            fresh=lambda moment: moment is None or moment > timezone.now(),
        )

    def get_context(self, request, *args, **kwargs):
        """Posts, filtered by category, project, year, event time and month from the query
        string, a page at a time. A fixed number of queries: the filter lookups (one each),
        the count (from the shared cache when unfiltered), then the page of posts with their
        images and categories; the filter choices come from the shared cache. A list of
        upcoming or past events is kept by the page cache until an event in it is over."""
        context = super().get_context(request, *args, **kwargs)
        live_posts = child_of(NewsPage.objects, self).live().public()
        # The choices and the unfiltered count read every post: from the shared frame cache.
        choices = shared(
            request,
            f"news_filter_choices:{self.pk}:{get_language()}",
            lambda: self.get_filter_choices(live_posts),
        )
        filters = NewsFilterSet(
            request.GET,
            queryset=self.get_posts(live_posts),
            years=choices.years,
            months=choices.months,
        )
        listing = filtered_page(
            request,
            filters,
            NEWS_PER_PAGE,
            prepare=attach_localized_categories,
            count_name=f"news_keys:{self.pk}",
            keys_first=True,
        )
        context.update(listing.context("posts"))
        context["filter_choices"] = choices
        if listing.active.get("events"):
            expire_at(request, self.next_event_change(request, live_posts))
        return context


class NewsFilterChoices:
    """Categories, projects, years and event months a news index can be filtered by."""

    # Month links shown (the latest, future ones first); older months still filter.
    MONTHS_SHOWN = 12
    months = ()  # for choices stored in the shared cache before events had months

    def __init__(self, categories, projects, years, months=()):
        self.categories = categories
        self.projects = projects
        self.years = years
        self.months = list(months)

    @property
    def latest_months(self):
        return self.months[: self.MONTHS_SHOWN]

    def __bool__(self):
        return bool(self.categories or self.projects or self.years or self.months)
