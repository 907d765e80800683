"""Search finds pages in the visitor's language only, and shrugs off malformed input."""

import pytest

from tests import factories


@pytest.fixture
def indexed_project(site_tree, translate):
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    translate(site_tree.project_index, "en", {"Projektai": "Projects"})
    project = factories.ProjectPageFactory(
        parent=site_tree.project_index, title="Amatų klasteris", acronym="Amatai"
    )
    english = translate(project, "en", {"Amatų klasteris": "Craft cluster"})
    return project, english


def test_search_finds_a_project_by_acronym(client, indexed_project):
    response = client.get("/lt/search/", {"q": "Amatai"})
    assert "Amatų klasteris" in response.content.decode()


def test_search_returns_only_pages_in_the_visitors_language(client, indexed_project):
    html = client.get("/en/search/", {"q": "Amatai"}).content.decode()
    assert "Craft cluster" in html
    assert "Amatų klasteris" not in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "Amatai", "page": "abc"},
        {"q": "Amatai", "page": "99999"},
        {"q": "Amatai", "page": "-3"},
        {"q": "Ama\x00tai"},
        {"q": "x" * 5000},
        {"q": '"unbalanced (quote OR'},
        {"q": ""},
    ],
)
def test_search_answers_malformed_queries_without_error(client, indexed_project, params):
    assert client.get("/lt/search/", params).status_code == 200
