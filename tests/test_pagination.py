"""Long lists come a page at a time, with a short pagination bar, whatever the address says."""

import lxml.html
from django.core.paginator import Paginator

from clusters.models.clusters import CLUSTER_MEMBERS_PER_PAGE
from home.templatetags.pagination_tags import page_numbers
from projects.models.index import PROJECTS_PER_PAGE
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


def test_cluster_page_number_that_is_no_number_shows_the_first_page(client, site_tree):
    cluster = cluster_with_members(site_tree, CLUSTER_MEMBERS_PER_PAGE + 1)
    assert member_names(client, cluster.url + "?page=abc")[0] == "Narys 000"


def test_project_index_pages_keep_the_filters_in_their_links(client, site_tree):
    for _ in range(PROJECTS_PER_PAGE + 1):
        factories.ProjectPageFactory(parent=site_tree.project_index)
    response = client.get(site_tree.project_index.url + "?status=completed")
    tree = lxml.html.fromstring(response.content)
    assert len(tree.xpath("//article[contains(@class, 'project-teaser')]")) == PROJECTS_PER_PAGE
    (next_link,) = tree.xpath("//nav[@class='pagination']//a[@rel='next']/@href")
    assert "status=completed" in next_link and "page=2" in next_link
