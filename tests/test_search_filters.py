"""Search narrows by type, shows promoted pages first and helps when nothing is found."""

import pytest
from lxml import html
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests import factories
from tests.queries import count_queries as count_url_queries


@pytest.fixture
def crafts(site_tree):
    news = factories.NewsPageFactory(parent=site_tree.news_index, title="Amatų mugė")
    project = factories.ProjectPageFactory(parent=site_tree.project_index, title="Amatų centras")
    return news, project


def test_type_filter_shows_only_that_type_with_counts(client, crafts):
    html = client.get("/lt/search/", {"q": "Amatų", "type": "news"}).content.decode()
    assert "Amatų mugė" in html
    assert "Amatų centras" not in html
    assert 'aria-current="page">Naujienos' in html or "type=news" in html


def test_news_result_shows_its_date(client, crafts):
    news, _project = crafts
    html = client.get("/lt/search/", {"q": "mugė"}).content.decode()
    assert f'datetime="{news.date:%Y-%m-%d}"' in html


@pytest.mark.parametrize("bad_type", ["nope", "<script>", "\x00"])
def test_unknown_type_shows_every_type(client, crafts, bad_type):
    response = client.get("/lt/search/", {"q": "Amatų", "type": bad_type})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Amatų mugė" in html and "Amatų centras" in html


def test_promoted_page_comes_first_and_is_marked(client, site_tree, crafts):
    about = factories.StandardPageFactory(parent=site_tree.home, title="Apie mus")
    SearchPromotion.objects.create(query=Query.get("amatų"), page=about, sort_order=0)
    html = client.get("/lt/search/", {"q": "amatų"}).content.decode()
    assert "search-result--promoted" in html
    assert html.index("Apie mus") < html.index("Amatų mugė")


def test_no_results_links_to_news_and_projects(client, site_tree):
    html = client.get("/lt/search/", {"q": "zzzyx"}).content.decode()
    assert site_tree.news_index.url in html
    assert site_tree.project_index.url in html


def count_queries(client, params):
    return count_url_queries(client, "/lt/search/", params)


def test_search_query_count_does_not_grow_with_results(client, site_tree):
    def add(count):
        for number in range(count):
            factories.NewsPageFactory(
                parent=site_tree.news_index, title=f"Keramikos mokymai {count}-{number}"
            )

    frame = count_queries(client, {})  # the same page without a query: its frame only
    add(3)
    with_three = count_queries(client, {"q": "Keramikos"})
    add(27)
    with_thirty = count_queries(client, {"q": "Keramikos"})
    assert with_thirty == with_three
    # Beyond the frame (which has the savepoint around the search too): the promotions, the
    # count per type (one facet query), the page of results ranked by the search backend, on
    # SQLite then the types of those results (PostgreSQL ranks them in the same query), and
    # their specific rows (one query per page type on the page: news only). So 5 on SQLite,
    # 4 on PostgreSQL; the private sections public() leaves out come from the shared frame
    # cache. Never one per result, never a search per type, no write (the hit is counted in a
    # batch: search.hits).
    assert with_three - frame <= 5


def test_type_links_count_the_results_of_each_type(client, site_tree, crafts):
    factories.StandardPageFactory(parent=site_tree.home, title="Amatų istorija")
    page = html.fromstring(client.get("/lt/search/", {"q": "Amatų"}).content)
    links = [
        " ".join(link.text_content().split())
        for link in page.xpath("//nav[@class='search-types']//a")
    ]
    assert links == [
        "Visi (3)",
        "Naujienos (1)",
        "Projektai (1)",
        "Klasterio nariai (0)",
        "Kiti puslapiai (1)",
    ]
