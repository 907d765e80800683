"""Two organisations' sites on one install: each host name answers with its own home page,
settings, footer and languages, and never serves the other's pages (tests/multisite.py)."""

import lxml.html

from tests.multisite import LIELUPE

ON_B = {"HTTP_HOST": LIELUPE}


def page_text(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return lxml.html.fromstring(response.content)


def test_each_host_answers_with_its_own_home_page(client, two_sites):
    assert page_text(client, "/lt/").xpath("//h1")[0].text_content().strip() == "Pradžia"
    assert page_text(client, "/lv/", **ON_B).xpath("//h1")[0].text_content().strip() == "Lielupe"


def test_each_host_shows_its_own_footer_and_contact(client, two_sites):
    a_footer = page_text(client, "/lt/").xpath("string(//footer)")
    b_footer = page_text(client, "/lv/", **ON_B).xpath("string(//footer)")
    assert "Tauragės VVG" in a_footer and "info@taurage.example" in a_footer
    assert "Lielupe" not in a_footer
    assert "Lauku partnerība “Lielupe”" in b_footer and "info@lielupe.example" in b_footer
    assert "Tauragės" not in b_footer


def test_a_page_of_one_site_is_404_on_the_others_host(client, two_sites):
    b = two_sites.b
    assert client.get(two_sites.a_post.url, **ON_B).status_code == 404
    assert client.get(two_sites.a.news_index.url, **ON_B).status_code == 404
    assert client.get(b.lt_post.url).status_code == 404
    assert client.get(b.lt_post.url, **ON_B).status_code == 200


def test_a_language_the_site_is_not_published_in_is_404_on_its_host(client, two_sites):
    assert client.get("/lv/").status_code == 404
    assert client.get("/lv/search/?q=mokymai").status_code == 404
    assert client.get("/en/", **ON_B).status_code == 404
    assert client.get("/lv/", **ON_B).status_code == 200


def test_the_bare_address_leads_to_a_language_the_site_has(client, two_sites):
    latvian_visitor = {"HTTP_ACCEPT_LANGUAGE": "lv"}
    russian_visitor = {"HTTP_ACCEPT_LANGUAGE": "ru"}
    assert client.get("/", **latvian_visitor)["Location"] == "/lt/"
    assert client.get("/", **latvian_visitor, **ON_B)["Location"] == "/lv/"
    assert client.get("/", **russian_visitor, **ON_B)["Location"] == "/lv/"


def test_language_switcher_offers_only_the_sites_languages(client, two_sites):
    def switcher_languages(tree):
        return sorted(set(tree.xpath("//a[@hreflang]/@hreflang")))

    assert switcher_languages(page_text(client, "/lt/")) == ["lt"]
    assert switcher_languages(page_text(client, "/lv/", **ON_B)) == ["lt", "lv"]


def test_hreflang_links_name_only_the_sites_own_pages(client, two_sites):
    tree = page_text(client, "/lv/", **ON_B)
    alternates = dict(
        zip(
            tree.xpath("//head/link[@rel='alternate'][@hreflang]/@hreflang"),
            tree.xpath("//head/link[@rel='alternate'][@hreflang]/@href"),
            strict=True,
        )
    )
    assert alternates == {
        "lv": f"http://{LIELUPE}/lv/",
        "lt": f"http://{LIELUPE}/lt/",
        "x-default": f"http://{LIELUPE}/lv/",
    }


def test_json_ld_describes_the_sites_own_organisation(client, two_sites):
    scripts = page_text(client, "/lv/", **ON_B).xpath("//script[@type='application/ld+json']")
    data = " ".join(script.text for script in scripts)
    assert "Lauku partnerība" in data
    assert "Tauragės" not in data
