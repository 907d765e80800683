from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import sitemap
from home.site_time_zone import without_site_time_zone
from kartu.health import HealthView
from news import event_feeds, feeds
from opendata.api import api_router
from opendata.page import open_data_page
from search import views as search_views
from security.two_factor import urls as two_factor_urls

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Before the admin's own addresses, under its prefix (security/two_factor/urls.py).
    path("admin/two-factor/", include(two_factor_urls)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    # Open data (opendata/): keep.eu-shaped files and Wagtail's read-only API v2.
    path("open-data/", include("opendata.urls")),
    path("api/v2/", api_router.urls),
    path("robots.txt", without_site_time_zone(sitemap.robots_txt), name="robots_txt"),
    path("health/", without_site_time_zone(HealthView.as_view()), name="health"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every language is prefixed, the default one too; LocaleMiddleware sends `/` to the
# visitor's language (Accept-Language, then LANGUAGE_CODE).
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("open-data/", open_data_page, name="open_data"),
    path("feeds/news/rss/", feeds.NewsFeed(), name="news_feed_rss"),
    path("feeds/news/atom/", feeds.NewsAtomFeed(), name="news_feed_atom"),
    path("feeds/category/<str:slug>/rss/", feeds.CategoryNewsFeed(), name="category_feed_rss"),
    path(
        "feeds/category/<str:slug>/atom/", feeds.CategoryNewsAtomFeed(), name="category_feed_atom"
    ),
    path("feeds/project/<str:slug>/rss/", feeds.ProjectNewsFeed(), name="project_feed_rss"),
    path("feeds/project/<str:slug>/atom/", feeds.ProjectNewsAtomFeed(), name="project_feed_atom"),
    path("feeds/events.ics", event_feeds.events_feed, name="events_calendar"),
    path(
        "feeds/project/<str:slug>/events.ics",
        event_feeds.project_events_feed,
        name="project_events_calendar",
    ),
    path("feeds/event/<str:slug>.ics", event_feeds.event_file, name="event_calendar"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
