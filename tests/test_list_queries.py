"""List pages cost the same number of SQL queries however much content exists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories


def count_queries(client, url):
    client.get(url)  # warm caches that are filled once per process (content types, site)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def add_news(site_tree):
    project = factories.ProjectPageFactory(parent=site_tree.project_index)
    category = factories.NewsCategoryFactory()
    image = factories.wagtail_factories.ImageFactory()

    def add(count):
        for _ in range(count):
            post = factories.NewsPageFactory(parent=site_tree.news_index, lead_image=image)
            post.categories.add(category)
            post.save()
            factories.NewsPageProjectFactory(page=post, project=project)

    return add


@pytest.mark.parametrize("url", ["/lt/", "/lt/news/"])
def test_list_page_query_count_does_not_grow_with_news(client, site_tree, add_news, url):
    add_news(5)
    with_five = count_queries(client, url)
    add_news(95)
    with_hundred = count_queries(client, url)
    # Roughly 20 either way: site and locale lookups, the page, navigation and language
    # switcher, site settings and footer, then one query per list (posts, their images and
    # renditions, categories and their translations, projects and programmes) — never per item.
    assert 0 < with_five <= 30
    assert with_hundred == with_five


@pytest.fixture
def add_members(site_tree):
    """Add members to one cluster, each with a photo of its own (a shared one would hide a
    rendition lookup per photo: Wagtail remembers it on the one image object), a region and
    a craft sector. Returns the function and the cluster page."""
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index)
    region = factories.RegionFactory()
    sector = factories.CraftSectorFactory()

    def add(count):
        for _ in range(count):
            factories.ClusterMemberPageFactory(
                parent=cluster,
                photo=factories.wagtail_factories.ImageFactory(),
                region=region,
                craft_sectors=[sector],
            )

    return add, cluster


def test_cluster_page_query_count_does_not_grow_with_members_and_their_photos(client, add_members):
    add, cluster = add_members
    add(3)
    with_three = count_queries(client, cluster.url)
    add(27)
    with_thirty = count_queries(client, cluster.url)
    # 24 either way: site, locale and page lookups, view restrictions, then the members,
    # their sectors, their photos and the photos' renditions (one query each, for every
    # width the member card's srcset uses), the locale for the sectors' and regions'
    # translations, then navigation, language switcher and site settings — never per member.
    assert 0 < with_three <= 30
    assert with_thirty == with_three


def test_home_page_query_count_does_not_grow_with_members_and_their_photos(
    client, site_tree, add_members
):
    add, _ = add_members
    add(3)
    with_three = count_queries(client, site_tree.home.url)
    add(27)
    assert count_queries(client, site_tree.home.url) == with_three
