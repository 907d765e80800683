"""Search finds pages in the visitor's language only, and shrugs off malformed input."""

import pytest
from lxml import html

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


@pytest.fixture
def pottery_news(site_tree):
    """A post titled after pottery, then twelve newer ones that mention it in their intro."""
    factories.NewsPageFactory(parent=site_tree.news_index, title="Keramika", intro="Apie molį.")
    for number in range(12):
        factories.NewsPageFactory(
            parent=site_tree.news_index,
            title=f"Mugės naujiena {number}",
            intro="Dirbtuvėse buvo keramika ir audimas.",
        )


def result_titles(client, params):
    page = html.fromstring(client.get("/lt/search/", params).content)
    return [" ".join(a.text_content().split()) for a in page.xpath("//ol//h2/a")]


def test_search_ranks_a_title_match_first(client, pottery_news):
    assert result_titles(client, {"q": "keramika"})[0] == "Keramika"


def test_search_pages_continue_the_ranking_without_repeats(client, pottery_news):
    first = result_titles(client, {"q": "keramika"})
    second = result_titles(client, {"q": "keramika", "page": "2"})
    assert (len(first), len(second)) == (10, 3)
    assert len(set(first + second)) == 13
