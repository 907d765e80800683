"""The network home lists other sites' news and projects (network/): its stored page goes when
any member site publishes, and only then."""

import pytest

from tests import factories
from tests.network_home import ON_NETWORK, build_network_home
from tests.pagecache.conftest import cache_state

pytestmark = pytest.mark.usefixtures("page_cache")


def warm_network(client):
    client.get("/lt/", **ON_NETWORK)
    assert cache_state(client.get("/lt/", **ON_NETWORK)) == "hit"


def test_a_members_new_post_purges_the_network_home(
    client, two_sites, django_capture_on_commit_callbacks
):
    build_network_home(django_capture_on_commit_callbacks)
    warm_network(client)
    post = factories.NewsPageFactory(
        parent=two_sites.b.lt_news, title="Lielupės mugė", live=False, date="2030-03-04"
    )
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
    response = client.get("/lt/", **ON_NETWORK)
    assert cache_state(response) == "miss"
    assert "Lielupės mugė" in response.text


def test_a_members_unpublished_project_purges_the_network_home(
    client, two_sites, django_capture_on_commit_callbacks
):
    project = factories.ProjectPageFactory(parent=two_sites.a.project_index, title="Kaimo kelias")
    build_network_home(django_capture_on_commit_callbacks)
    warm_network(client)
    assert "Kaimo kelias" in client.get("/lt/", **ON_NETWORK).text
    with django_capture_on_commit_callbacks(execute=True):
        project.unpublish()
    response = client.get("/lt/", **ON_NETWORK)
    assert cache_state(response) == "miss"
    assert "Kaimo kelias" not in response.text
