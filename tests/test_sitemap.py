"""`/sitemap.xml` lists every language's live pages with their translations as hreflang
alternates, never an alias; `/robots.txt` points to it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import etree
from wagtail.models import Locale, PageViewRestriction

from tests import factories

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def locations(tree):
    return tree.xpath("//s:url/s:loc/text()", namespaces=NS)


def alternates(tree, loc):
    """{hreflang: href} of the sitemap entry for `loc`."""
    (url,) = tree.xpath("//s:url[s:loc=$loc]", namespaces=NS, loc=loc)
    links = url.xpath("x:link[@rel='alternate']", namespaces=NS)
    return {link.get("hreflang"): link.get("href") for link in links}


@pytest.fixture
def english(site_tree, translate):
    """The home and news index in English too; a project only in Lithuanian."""
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    english_news = translate(site_tree.news_index, "en", {"Naujienos": "News", "news": "news"})
    factories.ProjectPageFactory(parent=site_tree.project_index, slug="amatai")
    return english_news


def test_sitemap_lists_every_languages_pages_and_each_answers(client, site_tree, english):
    locs = locations(sitemap(client))
    assert site_tree.home.get_full_url() in locs
    assert english.get_full_url() in locs
    assert any(loc.endswith("/lt/projects/amatai/") for loc in locs)
    assert all(loc.startswith("http") for loc in locs)
    for loc in locs:
        assert client.get(loc).status_code == 200, loc


def test_translated_page_names_every_translation_and_x_default(client, site_tree, english):
    tree = sitemap(client)
    lithuanian, english_url = site_tree.news_index.get_full_url(), english.get_full_url()
    expected = {"lt": lithuanian, "en": english_url, "x-default": lithuanian}
    assert alternates(tree, lithuanian) == expected
    assert alternates(tree, english_url) == expected  # reciprocal


def test_untranslated_page_has_no_alternates(client, site_tree, english):
    tree = sitemap(client)
    (project,) = [loc for loc in locations(tree) if loc.endswith("/amatai/")]
    assert alternates(tree, project) == {}


def test_aliases_are_neither_listed_nor_named_as_alternates(client, site_tree, english):
    english_locale = Locale.objects.get(language_code="en")
    post = factories.NewsPageFactory(parent=site_tree.news_index, slug="mokymai")
    alias = post.create_alias(parent=english, update_locale=english_locale)
    alias_url = alias.get_full_url()
    tree = sitemap(client)
    assert alias_url not in locations(tree)
    assert alias_url not in tree.xpath("//x:link/@href", namespaces=NS)
    assert alternates(tree, post.get_full_url()) == {}


def test_drafts_and_private_pages_are_not_listed(client, site_tree):
    draft = factories.StandardPageFactory(parent=site_tree.home, slug="juodrastis")
    draft.unpublish()
    private = factories.StandardPageFactory(parent=site_tree.home, slug="vidus")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    locs = locations(sitemap(client))
    assert not [loc for loc in locs if "juodrastis" in loc or "vidus" in loc]


def test_sitemap_query_count_does_not_grow_with_pages(client, site_tree, english):
    def count():
        client.get("/sitemap.xml")
        with CaptureQueriesContext(connection) as queries:
            client.get("/sitemap.xml")
        return len(queries)

    factories.StandardPageFactory.create_batch(3, parent=site_tree.home)
    few = count()
    factories.StandardPageFactory.create_batch(30, parent=site_tree.home)
    # The pages with their locales in one query, plus the sites' root paths: never per page.
    assert count() == few <= 5


def test_robots_txt_allows_all_but_the_admin_and_names_the_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[:4] == [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
    ]
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_sitemap_and_robots_are_outside_the_language_prefixes(client, site_tree):
    assert client.get("/lt/sitemap.xml").status_code == 404
    assert client.get("/sitemap.xml").status_code == 200
