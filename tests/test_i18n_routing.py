"""Every language has its own URL prefix, and a prefix never serves another language's page."""

import pytest

from tests import factories


def test_root_redirects_to_the_visitors_language(client, site_tree, translate):
    translate(site_tree.home, "lv")
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="lv,en;q=0.8")
    assert response.status_code == 302
    assert response["Location"] == "/lv/"


def test_root_redirects_to_the_default_language_without_a_preference(client, site_tree):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/lt/"


def test_home_page_is_served_in_its_language(client, site_tree):
    response = client.get("/lt/")
    assert response.status_code == 200
    assert '<html lang="lt"' in response.content.decode()


def test_translated_home_page_is_served_under_its_prefix(client, site_tree, translate):
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    response = client.get("/en/")
    assert response.status_code == 200
    assert '<html lang="en"' in response.content.decode()


def test_prefix_without_a_home_page_in_that_language_is_not_found(client, site_tree):
    # Wagtail would fall back to the Lithuanian home page under /pl/: duplicate content.
    assert client.get("/pl/").status_code == 404


def test_untranslated_page_is_not_found_under_another_prefix(client, site_tree, translate):
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    project = factories.ProjectPageFactory(parent=site_tree.project_index, slug="amatai")
    assert client.get(project.url).status_code == 200
    assert client.get("/en/projects/amatai/").status_code == 404


@pytest.mark.parametrize("prefix", ["de", "xx", "sv"])
def test_unconfigured_language_prefix_ends_in_not_found(client, site_tree, prefix):
    # LocaleMiddleware first tries /lt/<prefix>/, which is no page either.
    assert client.get(f"/{prefix}/", follow=True).status_code == 404
