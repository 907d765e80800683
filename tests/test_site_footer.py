"""The footer links the accessibility statement and the privacy notice from every page, in the
visitor's language (Web Accessibility Directive; EU-RULES.md)."""

import lxml.html
import pytest

from home.models import SiteSettings
from tests import factories


def footer_links(client, url):
    response = client.get(url)
    assert response.status_code == 200
    tree = lxml.html.fromstring(response.content)
    return [(a.text_content(), a.get("href")) for a in tree.xpath("//footer//nav//a")]


@pytest.fixture
def legal_pages(site_tree):
    statement = factories.StandardPageFactory(
        parent=site_tree.home, title="Pareiškimas dėl prieinamumo", slug="prieinamumas"
    )
    notice = factories.StandardPageFactory(
        parent=site_tree.home, title="Privatumo pranešimas", slug="privatumas"
    )
    settings = SiteSettings.for_site(site_tree.site)
    settings.accessibility_statement = statement
    settings.privacy_notice = notice
    settings.save()
    return statement, notice


@pytest.mark.parametrize("page", ["home", "news_index", "project_index", "cluster_index"])
def test_every_page_links_the_accessibility_statement_and_privacy_notice(
    client, site_tree, legal_pages, page
):
    assert footer_links(client, getattr(site_tree, page).url) == [
        ("Pareiškimas dėl prieinamumo", "/lt/prieinamumas/"),
        ("Privatumo pranešimas", "/lt/privatumas/"),
        ("Atvirieji duomenys", "/lt/open-data/"),
    ]


def test_legal_pages_are_linked_in_the_visitors_language(client, site_tree, legal_pages, translate):
    statement, _ = legal_pages
    translate(site_tree.home, "en")
    english = translate(statement, "en", {"Pareiškimas dėl prieinamumo": "Accessibility statement"})
    assert footer_links(client, "/en/")[0] == ("Accessibility statement", english.url)


def test_untranslated_legal_page_is_linked_in_its_own_language(
    client, site_tree, legal_pages, translate
):
    translate(site_tree.home, "en")
    tree = lxml.html.fromstring(client.get("/en/").content)
    (link,) = tree.xpath("//footer//nav//a[text()='Privatumo pranešimas']")
    assert link.get("href") == "/lt/privatumas/"
    assert link.get("lang") == "lt"


def test_an_unpublished_legal_page_is_not_linked(client, site_tree, legal_pages):
    _, notice = legal_pages
    notice.unpublish()
    assert [text for text, _ in footer_links(client, site_tree.home.url)] == [
        "Pareiškimas dėl prieinamumo",
        "Atvirieji duomenys",
    ]


def test_every_page_links_the_open_data_page_in_the_visitors_language(client, site_tree, translate):
    translate(site_tree.home, "en")
    assert ("Open data", "/en/open-data/") in footer_links(client, "/en/")
