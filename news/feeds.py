"""RSS and Atom feeds of the news: per language, per category and per project.

The language comes from the URL prefix (`/lt/feeds/news/rss/`); a feed lists only that
language's live, public posts of the request's site, never another language's, another
organisation's or an alias. Links are absolute.
"""

import datetime
from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.i18n import active_locale
from home.languages import in_site

from .models import NewsIndexPage, NewsPage
from .models.lookups import (
    attach_localized_categories,
    find_news_category,
    find_news_project,
    posts_about_project,
    posts_in_category,
)

FEED_ITEMS = 20


class NewsFeed(Feed):
    """The news of the active language. Subclasses narrow it to a category or a project.

    The view instance is shared between requests, so the request travels on the subject.
    """

    feed_type = Rss201rev2Feed

    def get_object(self, request, **kwargs):
        index = (
            in_site(NewsIndexPage.objects.live().public(), request)
            .filter(locale=active_locale(), alias_of__isnull=True)
            .order_by("path")
            .first()
        )
        if index is None:  # a language without news (or without a site) has no feed
            raise Http404
        return FeedSubject(request, index)

    def posts(self, subject):
        # The site's own posts: those below its home page in this language.
        home_path = subject.index.path[: subject.index.steplen * 2]
        return (
            NewsPage.objects.live()
            .public()
            .filter(
                locale_id=subject.index.locale_id,
                alias_of__isnull=True,
                path__startswith=home_path,
            )
            .prefetch_related("categories")
            .order_by("-date", "-pk")
        )

    def title(self, subject):
        site = Site.find_for_request(subject.request)
        parts = [site.site_name if site else "", subject.index.title]
        if subject.narrowed_to:
            parts.append(subject.narrowed_to)
        return " – ".join(part for part in parts if part)

    def link(self, subject):
        return subject.index.get_full_url(subject.request)

    def description(self, subject):
        return subject.index.intro or _("The latest news.")

    def items(self, subject):
        posts = attach_localized_categories(self.posts(subject)[:FEED_ITEMS])
        for post in posts:
            post.feed_link = post.get_full_url(subject.request)
        return posts

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.intro

    def item_link(self, post):
        return post.feed_link

    def item_pubdate(self, post):
        # The post has a date, not a time: noon keeps the day the same in readers that show
        # it in another time zone.
        return timezone.make_aware(datetime.datetime.combine(post.date, datetime.time(12)))

    def item_updateddate(self, post):
        return post.last_published_at

    def item_categories(self, post):
        return [category.name for category in post.localized_categories]


class FeedSubject:
    """What a feed is about: the language's news index, and a category or project if any."""

    def __init__(self, request, index):
        self.request = request
        self.index = index
        self.narrowed_to = ""


class CategoryNewsFeed(NewsFeed):
    def get_object(self, request, slug):
        subject = super().get_object(request)
        category = find_news_category(slug)
        if category is None:
            raise Http404
        subject.category, subject.narrowed_to = category, category.name
        return subject

    def posts(self, subject):
        return super().posts(subject).filter(pk__in=posts_in_category(subject.category))

    def link(self, subject):
        return f"{super().link(subject)}?{urlencode({'category': subject.category.slug})}"


class ProjectNewsFeed(NewsFeed):
    def get_object(self, request, slug):
        subject = super().get_object(request)
        project = find_news_project(slug)
        if project is None:
            raise Http404
        subject.project, subject.narrowed_to = project, project.title
        return subject

    def posts(self, subject):
        return super().posts(subject).filter(pk__in=posts_about_project(subject.project))

    def link(self, subject):
        return subject.project.get_full_url(subject.request)


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description


class CategoryNewsAtomFeed(CategoryNewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description


class ProjectNewsAtomFeed(ProjectNewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description
