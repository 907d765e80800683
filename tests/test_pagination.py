"""Long lists come a page at a time, with a short pagination bar, whatever the address says:
a page number that is no number, or below one, shows page one; one past the end shows the last
page. Never a 404 or a 500 for a page number, on any list."""

import lxml.html
import pytest
from django.core.paginator import Paginator

from clusters.models.clusters import CLUSTER_MEMBERS_PER_PAGE
from clusters.models.directory import MEMBERS_PER_PAGE
from home.templatetags.pagination_tags import page_numbers
from news.models.index import NEWS_PER_PAGE
from projects.models.index import PROJECTS_PER_PAGE
from search.views import RESULTS_PER_PAGE
from tests import factories


def test_pagination_bar_of_many_pages_shows_the_ends_and_the_neighbours():
    page = Paginator(range(1000), 10).page(40)
    assert page_numbers(page) == [1, None, 38, 39, 40, 41, 42, None, 100]


def cluster_with_members(site_tree, count):
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index)
    for number in range(count):
        factories.ClusterMemberPageFactory(parent=cluster, title=f"Narys {number:03}")
    return cluster


def member_names(client, url):
    response = client.get(url)
    assert response.status_code == 200
    tree = lxml.html.fromstring(response.content)
    return [
        a.text_content() for a in tree.xpath("//article[contains(@class, 'member-card')]//h3/a")
    ]


def test_cluster_page_shows_its_members_a_page_at_a_time(client, site_tree):
    cluster = cluster_with_members(site_tree, CLUSTER_MEMBERS_PER_PAGE + 2)
    first = member_names(client, cluster.url)
    second = member_names(client, cluster.url + "?page=2")
    assert len(first) == CLUSTER_MEMBERS_PER_PAGE
    assert second == ["Narys 024", "Narys 025"]


def test_project_index_pages_keep_the_filters_in_their_links(client, site_tree):
    for _ in range(PROJECTS_PER_PAGE + 1):
        factories.ProjectPageFactory(parent=site_tree.project_index)
    response = client.get(site_tree.project_index.url + "?status=completed")
    tree = lxml.html.fromstring(response.content)
    assert len(tree.xpath("//article[contains(@class, 'project-teaser')]")) == PROJECTS_PER_PAGE
    (next_link,) = tree.xpath("//nav[@class='pagination']//a[@rel='next']/@href")
    assert "status=completed" in next_link and "page=2" in next_link


# Each list with two items more than a page holds: page one is full, the last page has two.
def news_list(site_tree):
    for number in range(NEWS_PER_PAGE + 2):
        factories.NewsPageFactory(parent=site_tree.news_index, title=f"Naujiena {number:02}")
    return site_tree.news_index.url + "?", "//article[contains(@class, 'news-teaser')]//h2/a"


def project_list(site_tree):
    for number in range(PROJECTS_PER_PAGE + 2):
        factories.ProjectPageFactory(parent=site_tree.project_index, title=f"Projektas {number:02}")
    return site_tree.project_index.url + "?", "//article[contains(@class, 'project-teaser')]//h2/a"


def member_directory(site_tree):
    cluster_with_members(site_tree, MEMBERS_PER_PAGE + 2)
    return site_tree.cluster_index.url + "?", "//article[contains(@class, 'member-card')]//h3/a"


def cluster_page(site_tree):
    cluster = cluster_with_members(site_tree, CLUSTER_MEMBERS_PER_PAGE + 2)
    return cluster.url + "?", "//article[contains(@class, 'member-card')]//h3/a"


def search_results(site_tree):
    for number in range(RESULTS_PER_PAGE + 2):
        factories.NewsPageFactory(parent=site_tree.news_index, title=f"Keramika {number:02}")
    return "/lt/search/?q=Keramika&", "//li[@class='search-result']//h2/a"


LISTS = [news_list, project_list, member_directory, cluster_page, search_results]


@pytest.fixture(params=LISTS, ids=lambda build: build.__name__)
def long_list(request, site_tree, client):
    """A list of two pages: its address (to add `page=…` to), and the titles of page one and
    of the last page, as page=1 and page=2 show them."""
    url, titles_xpath = request.param(site_tree)

    def titles(page):
        response = client.get(f"{url}page={page}")
        assert response.status_code == 200
        return [
            a.text_content() for a in lxml.html.fromstring(response.content).xpath(titles_xpath)
        ]

    first, last = titles("1"), titles("2")
    assert len(last) == 2 and len(first) > 2 and not set(first) & set(last)
    return titles, first, last


def test_page_number_that_is_no_number_shows_page_one(long_list):
    titles, first, _last = long_list
    numbers = ["abc", "", "%00", "2.5", "1e3"]
    assert {number: titles(number) for number in numbers} == dict.fromkeys(numbers, first)


def test_page_number_below_one_shows_page_one(long_list):
    titles, first, _last = long_list
    numbers = ["0", "-1", "-99999999999999999999"]
    assert {number: titles(number) for number in numbers} == dict.fromkeys(numbers, first)


def test_page_number_past_the_end_shows_the_last_page(long_list):
    titles, _first, last = long_list
    numbers = ["3", "999", "99999999999999999999"]
    assert {number: titles(number) for number in numbers} == dict.fromkeys(numbers, last)
