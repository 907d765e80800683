"""The site frame (navigation, footer, settings, view restrictions, breadcrumbs) comes from a
shared cache, and whatever an editor changes shows on the very next request."""

import datetime
from datetime import timedelta

from django.core.cache import cache
from lxml import html as lxml_html
from wagtail.models import PageViewRestriction

from home.models import SiteSettings
from home.shared_cache import GENERATION_KEY, generation
from tests import factories
from tests.queries import count_queries


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return lxml_html.fromstring(response.content)


def menu_titles(client, url):
    return [a.text_content().strip() for a in page_html(client, url).xpath("//nav//ul//li/a")]


def test_a_page_published_into_the_menu_shows_in_the_navigation_at_once(client, site_tree):
    site_tree.news_index.show_in_menus = True
    site_tree.news_index.save_revision().publish()
    assert "Naujienos" in menu_titles(client, "/lt/")
    about = factories.StandardPageFactory(parent=site_tree.home, title="Apie mus")
    about.show_in_menus = True
    about.save_revision().publish()
    assert "Apie mus" in menu_titles(client, "/lt/")


def test_a_renamed_page_is_renamed_in_the_navigation_at_once(client, site_tree):
    site_tree.news_index.show_in_menus = True
    site_tree.news_index.save_revision().publish()
    assert "Naujienos" in menu_titles(client, "/lt/projects/")
    site_tree.news_index.title = "Naujienos ir renginiai"
    site_tree.news_index.save_revision().publish()
    assert "Naujienos ir renginiai" in menu_titles(client, "/lt/projects/")


def test_an_edited_footer_text_shows_at_once(client, site_tree):
    footer_text = factories.FooterTextFactory(organisation_name="Tauragės VVG")
    SiteSettings.objects.update_or_create(
        site=site_tree.site, defaults={"footer_text": footer_text}
    )
    assert "Tauragės VVG" in page_html(client, "/lt/").xpath("string(//footer)")
    footer_text.organisation_name = "Tauragės rajono VVG"
    footer_text.save()
    assert "Tauragės rajono VVG" in page_html(client, "/lt/").xpath("string(//footer)")


def test_a_section_made_private_leaves_the_lists_at_once(client, site_tree):
    factories.NewsPageFactory(parent=site_tree.news_index, title="Vidinis susirinkimas")
    assert b"Vidinis susirinkimas" in client.get("/lt/").content
    PageViewRestriction.objects.create(
        page=site_tree.news_index, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert b"Vidinis susirinkimas" not in client.get("/lt/").content
    response = client.get(site_tree.news_index.url)
    assert response.status_code == 200 and b"password" in response.content.lower()


def test_the_frame_costs_no_query_once_warm(client, site_tree):
    """The standard page shows nothing but its own fields and the frame: what is left are the
    five queries that find it."""
    page = factories.StandardPageFactory(parent=site_tree.home, title="Apie mus")
    assert count_queries(client, page.url) == 5


def test_an_evicted_generation_never_brings_back_old_values(client, site_tree):
    site_tree.news_index.show_in_menus = True
    site_tree.news_index.save_revision().publish()
    client.get("/lt/")
    before = generation()
    cache.delete(GENERATION_KEY)  # as an LRU eviction in Redis would
    assert generation() > before


def post_titles(client, url):
    return [h.text_content().strip() for h in page_html(client, url).xpath("//main//article//h2")]


def test_a_new_post_tops_the_news_index_and_pushes_the_last_one_to_page_two_at_once(
    client, site_tree
):
    """The unfiltered index pages keys kept in the shared cache (home.pagination.KeysFirst)."""
    start = datetime.date(2024, 1, 1)
    for day in range(12):
        factories.NewsPageFactory(
            parent=site_tree.news_index, title=f"Įrašas {day}", date=start + timedelta(days=day)
        )
    assert post_titles(client, "/lt/news/")[0] == "Įrašas 11"
    assert post_titles(client, "/lt/news/?page=2") == post_titles(client, "/lt/news/")  # one page
    factories.NewsPageFactory(
        parent=site_tree.news_index, title="Naujausias", date=start + timedelta(days=30)
    )
    assert post_titles(client, "/lt/news/")[0] == "Naujausias"
    assert post_titles(client, "/lt/news/?page=2") == ["Įrašas 0"]
