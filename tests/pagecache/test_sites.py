"""Several organisations' sites on one install (tests/multisite.py): the page cache keys each
site's pages apart and a change on one site purges only that site's pages."""

import pytest

from home.models import SiteSettings
from tests import factories
from tests.multisite import LIELUPE
from tests.pagecache.conftest import cache_state

pytestmark = pytest.mark.usefixtures("page_cache")

ON_B = {"HTTP_HOST": LIELUPE}
SHARED_ADDRESSES = ["/lt/", "/lt/feeds/news/rss/", "/lt/search/?q=mokymai"]


def warm_on(client, urls, **host):
    for url in urls:
        client.get(url, **host)
        assert cache_state(client.get(url, **host)) == "hit", (url, host)


def test_the_same_address_on_two_hosts_is_stored_apart(client, two_sites):
    warm_on(client, SHARED_ADDRESSES)
    for url in SHARED_ADDRESSES:
        response = client.get(url, **ON_B)
        assert cache_state(response) == "miss", url  # not site A's stored page
    assert "Lielupės mokymai" in client.get("/lt/feeds/news/rss/", **ON_B).text
    assert "Lielupės mokymai" not in client.get("/lt/feeds/news/rss/").text


def test_publishing_on_one_site_leaves_the_other_sites_pages_stored(
    client, two_sites, django_capture_on_commit_callbacks
):
    warm_on(client, SHARED_ADDRESSES)
    warm_on(client, SHARED_ADDRESSES, **ON_B)
    post = factories.NewsPageFactory(
        parent=two_sites.a.news_index, title="Kaziuko mugė", live=False, date="2030-03-04"
    )
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
    for url in SHARED_ADDRESSES:
        assert cache_state(client.get(url, **ON_B)) == "hit", url
    a_home = client.get("/lt/")
    assert cache_state(a_home) == "miss"
    assert "Kaziuko mugė" in a_home.text


def test_one_sites_settings_purge_only_its_own_pages(
    client, two_sites, django_capture_on_commit_callbacks
):
    warm_on(client, SHARED_ADDRESSES)
    warm_on(client, SHARED_ADDRESSES, **ON_B)
    b_settings = SiteSettings.for_site(two_sites.b.site)
    b_settings.phone = "+371 26399946"
    with django_capture_on_commit_callbacks(execute=True):
        b_settings.save()
    assert cache_state(client.get("/lt/")) == "hit"
    b_home = client.get("/lt/", **ON_B)
    assert cache_state(b_home) == "miss"
    assert "+371 26399946" in b_home.text
