"""List pages cost the same number of SQL queries however much content exists."""

import pytest

from tests import factories
from tests.queries import count_queries


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
    # At most 15 either way: five to find the page, the frame from the shared cache, then one
    # query per list (posts, their images and renditions, categories, projects and programmes)
    # — never per item. tests/test_query_budget.py explains each page type's count.
    assert 0 < with_five <= 15
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
    # At most 15 either way: five to find the page, then the members, their sectors, their
    # photos and the photos' renditions (one query each, for every width the member card's
    # srcset uses); the frame comes from the shared cache — never a query per member.
    assert 0 < with_three <= 15
    assert with_thirty == with_three


def test_home_page_query_count_does_not_grow_with_members_and_their_photos(
    client, site_tree, add_members
):
    add, _ = add_members
    add(3)
    with_three = count_queries(client, site_tree.home.url)
    add(27)
    assert count_queries(client, site_tree.home.url) == with_three
