"""What lists pages lists only the request's site's pages: search, the news feed, the sitemap,
robots.txt and the news index (tests/multisite.py: both sites have Lithuanian posts about
"mokymai")."""

import lxml.html
from lxml import etree

from tests.multisite import LIELUPE

ON_B = {"HTTP_HOST": LIELUPE}
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def search_titles(client, **extra):
    response = client.get("/lt/search/?q=mokymai", **extra)
    assert response.status_code == 200
    tree = lxml.html.fromstring(response.content)
    return [
        link.text_content().strip() for link in tree.xpath("//*[@class='search-result__title']/a")
    ]


def test_search_finds_only_the_sites_own_pages(client, two_sites):
    assert "Tauragės mokymai" in search_titles(client)
    assert "Lielupės mokymai" not in search_titles(client)
    assert "Lielupės mokymai" in search_titles(client, **ON_B)
    assert "Tauragės mokymai" not in search_titles(client, **ON_B)


def test_news_feed_lists_only_the_sites_own_posts(client, two_sites):
    def feed_titles(**extra):
        response = client.get("/lt/feeds/news/rss/", **extra)
        assert response.status_code == 200
        return etree.fromstring(response.content).xpath("//item/title/text()")

    assert feed_titles() == ["Tauragės mokymai"]
    assert feed_titles(**ON_B) == ["Lielupės mokymai"]


def test_sitemap_lists_only_the_sites_own_pages(client, two_sites):
    def locations(**extra):
        tree = etree.fromstring(client.get("/sitemap.xml", **extra).content)
        return tree.xpath("//s:url/s:loc/text()", namespaces=NS)

    a_locations, b_locations = locations(), locations(**ON_B)
    assert two_sites.a_post.get_full_url() in a_locations
    assert all(f"//{LIELUPE}/" not in loc for loc in a_locations)
    assert f"http://{LIELUPE}/lt/jaunumi/lielupes-vebinars/" in b_locations
    assert all(loc.startswith(f"http://{LIELUPE}/") for loc in b_locations)


def test_robots_txt_names_the_hosts_own_sitemap(client, two_sites):
    assert f"Sitemap: http://{LIELUPE}/sitemap.xml" in client.get("/robots.txt", **ON_B).text


def test_news_index_lists_only_the_sites_own_posts(client, two_sites):
    response = client.get(two_sites.b.lt_news.url, **ON_B)
    text = lxml.html.fromstring(response.content).xpath("string(//main)")
    assert "Lielupės mokymai" in text
    assert "Tauragės mokymai" not in text
