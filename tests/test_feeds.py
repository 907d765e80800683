"""RSS and Atom feeds of the news, per language, category and project, linked from the pages
that list those posts."""

import datetime
import re

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from tests import factories


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def titles(feed):
    return [entry.title for entry in feed.entries]


@pytest.fixture
def news(site_tree):
    trainings = factories.NewsCategoryFactory(name="Mokymai", slug="mokymai")
    fairs = factories.NewsCategoryFactory(name="Mugės", slug="muges")
    crafts = factories.ProjectPageFactory(
        parent=site_tree.project_index, title="Amatai be sienų", slug="amatai"
    )

    def post(title, date, category, project=None):
        page = factories.NewsPageFactory(
            parent=site_tree.news_index,
            title=title,
            date=datetime.date(*date),
            intro=f"Apie: {title}",
        )
        page.categories.add(category)
        page.save_revision().publish()
        if project:
            factories.NewsPageProjectFactory(page=page, project=project)
        return page

    return {
        "trainings": trainings,
        "crafts": crafts,
        "training": post("Audimo mokymai", (2024, 5, 3), trainings, crafts),
        "fair": post("Kaziuko mugė", (2024, 3, 4), fairs),
    }


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_language_feed_lists_posts_with_title_summary_date_categories(client, news, kind):
    feed = parse(client, f"/lt/feeds/news/{kind}/")
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    assert titles(feed) == ["Audimo mokymai", "Kaziuko mugė"]
    entry = feed.entries[0]
    assert entry.summary == "Apie: Audimo mokymai"
    assert entry.link == news["training"].get_full_url()
    assert entry.link.startswith("http")
    assert entry.published_parsed[:3] == (2024, 5, 3)
    assert [tag.term for tag in entry.tags] == ["Mokymai"]
    assert feed.feed.link.startswith("http")
    assert feed.feed.link.rstrip("/").endswith("/lt/news")


def test_feed_leaves_out_drafts_and_private_posts(client, site_tree, news):
    draft = factories.NewsPageFactory(parent=site_tree.news_index, title="Juodraštis")
    draft.unpublish()
    private = factories.NewsPageFactory(parent=site_tree.news_index, title="Tik nariams")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    assert titles(parse(client, "/lt/feeds/news/rss/")) == ["Audimo mokymai", "Kaziuko mugė"]


def test_category_feed_lists_only_that_category(client, news):
    feed = parse(client, "/lt/feeds/category/mokymai/rss/")
    assert titles(feed) == ["Audimo mokymai"]
    assert "Mokymai" in feed.feed.title


def test_project_feed_lists_only_news_about_the_project(client, news):
    feed = parse(client, "/lt/feeds/project/amatai/atom/")
    assert titles(feed) == ["Audimo mokymai"]
    assert feed.feed.link == news["crafts"].get_full_url()


@pytest.mark.parametrize(
    "url",
    [
        "/lt/feeds/category/nera/rss/",
        "/lt/feeds/project/nera/atom/",
        "/pl/feeds/news/rss/",  # a language without a site has no feed
    ],
)
def test_unknown_feed_is_not_found(client, news, url):
    assert client.get(url).status_code == 404


@pytest.fixture
def english(site_tree, news, translate):
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    english_index = translate(site_tree.news_index, "en", {"Naujienos": "News", "news": "news"})
    translate(site_tree.project_index, "en", {"Projektai": "Projects", "projects": "projects"})
    translate(news["trainings"], "en", {"Mokymai": "Trainings", "mokymai": "trainings"})
    translate(
        news["crafts"], "en", {"Amatai be sienų": "Crafts without borders", "amatai": "crafts"}
    )
    translate(news["training"], "en", {"Audimo mokymai": "Weaving training"})
    return english_index


def test_each_language_feed_lists_only_that_languages_posts(client, english):
    assert titles(parse(client, "/lt/feeds/news/rss/")) == ["Audimo mokymai", "Kaziuko mugė"]
    english_feed = parse(client, "/en/feeds/news/rss/")
    assert titles(english_feed) == ["Weaving training"]
    assert english_feed.entries[0].link.startswith("http")
    assert "/en/" in english_feed.entries[0].link
    assert [tag.term for tag in english_feed.entries[0].tags] == ["Trainings"]


def test_translated_category_and_project_feeds_use_the_translated_slugs(client, english):
    assert titles(parse(client, "/en/feeds/category/trainings/rss/")) == ["Weaving training"]
    assert titles(parse(client, "/en/feeds/project/crafts/rss/")) == ["Weaving training"]


def test_feed_leaves_out_aliases(client, english, news):
    english_locale = Locale.objects.get(language_code="en")
    alias = news["fair"].create_alias(parent=english, update_locale=english_locale)
    assert alias.live and alias.locale == english_locale
    assert titles(parse(client, "/en/feeds/news/rss/")) == ["Weaving training"]


def head_feed_links(html):
    head = html.split("</head>")[0]
    return re.findall(
        r'<link rel="alternate" type="application/(rss|atom)\+xml"[^>]*href="([^"]+)"', head
    )


def test_news_index_links_its_feeds_in_the_head_and_visibly(client, news):
    html = client.get("/lt/news/").content.decode()
    links = head_feed_links(html)
    assert ("rss", "/lt/feeds/news/rss/") in links
    assert ("atom", "/lt/feeds/news/atom/") in links
    body = html.split("</head>")[1]
    assert '<a href="/lt/feeds/news/rss/" type="application/rss+xml">RSS</a>' in body
    for _kind, url in links:
        parse(client, url)


def test_filtered_news_index_also_links_the_category_and_project_feeds(client, news):
    html = client.get("/lt/news/?category=mokymai&project=amatai").content.decode()
    urls = [url for _kind, url in head_feed_links(html)]
    assert "/lt/feeds/category/mokymai/rss/" in urls
    assert "/lt/feeds/project/amatai/atom/" in urls
    assert 'href="/lt/feeds/category/mokymai/rss/" type="application/rss+xml"' in html


def test_project_page_links_the_projects_feed(client, news):
    html = client.get(news["crafts"].url).content.decode()
    assert ("rss", "/lt/feeds/project/amatai/rss/") in head_feed_links(html)
    body = html.split("</head>")[1]
    assert 'href="/lt/feeds/project/amatai/atom/" type="application/atom+xml"' in body


def test_english_pages_link_the_english_feeds(client, english):
    html = client.get("/en/news/").content.decode()
    assert ("rss", "/en/feeds/news/rss/") in head_feed_links(html)


def test_feed_query_count_does_not_grow_with_posts(client, site_tree, news):
    def count():
        client.get("/lt/feeds/category/mokymai/rss/")
        with CaptureQueriesContext(connection) as queries:
            client.get("/lt/feeds/category/mokymai/rss/")
        return len(queries)

    def add(number):
        for _ in range(number):
            post = factories.NewsPageFactory(parent=site_tree.news_index)
            post.categories.add(news["trainings"])
            post.save_revision().publish()

    add(2)
    few = count()
    add(20)
    # Locale, news index, category, site, then the posts with their categories and those
    # categories' translations: never one query per post.
    assert count() == few <= 10


@pytest.mark.parametrize("url", ["/lt/feeds/category/a%00b/rss/", "/lt/feeds/project/%00/atom/"])
def test_feed_for_a_value_that_is_no_slug_is_not_found(client, news, url):
    assert client.get(url).status_code == 404
