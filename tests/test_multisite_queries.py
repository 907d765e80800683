"""A second organisation's site full of content costs the first site's pages nothing: the home
page and the news index make as many queries as before (tests/multisite.py)."""

import functools

from tests import factories
from tests.queries import count_queries


def fill_second_site(two_sites):
    """Site B gets twenty posts and ten more sections, in Lithuanian like site A."""
    b = two_sites.b
    for number in range(20):
        factories.NewsPageFactory(parent=b.lt_news, title=f"Lielupės naujiena {number}", **lt(b))
    for number in range(10):
        factories.StandardPageFactory(
            parent=b.lt_home, title=f"Skyrius {number}", show_in_menus=True, **lt(b)
        )


def lt(b):
    return {"locale": b.lt_home.locale}


def test_home_page_and_news_index_queries_stay_flat_with_a_second_site_full_of_content(
    client, two_sites
):
    urls = [two_sites.a.home.url, two_sites.a.news_index.url]
    count = functools.partial(count_queries, client)
    before = [count(url) for url in urls]
    fill_second_site(two_sites)
    assert [count(url) for url in urls] == before
    lielupe = {"HTTP_HOST": "lielupe.localhost"}
    assert "Lielupės naujiena 19" in client.get(two_sites.b.lt_news.url, **lielupe).text
