"""Shared links show a card: Open Graph and Twitter tags with the page's title, text, address,
language and picture."""

import lxml.html
import pytest

from tests import factories


def meta(client, url):
    """{property or name: [content, …]} of the page's meta tags."""
    response = client.get(url)
    assert response.status_code == 200
    tags = {}
    for element in lxml.html.fromstring(response.content).xpath("//head/meta"):
        key = element.get("property") or element.get("name")
        if key:
            tags.setdefault(key, []).append(element.get("content"))
    return tags


def test_news_post_is_an_article_with_a_large_image_card(client, site_tree):
    image = factories.wagtail_factories.ImageFactory(
        title="IMG_2041.jpg", description="Mokymų dalyviai"
    )
    post = factories.NewsPageFactory(
        parent=site_tree.news_index,
        title="Mokymai amatininkams",
        intro="Mokymai vyko Tauragėje.",
        lead_image=image,
    )
    tags = meta(client, post.url)
    assert tags["og:type"] == ["article"]
    assert tags["og:title"] == ["Mokymai amatininkams"]
    assert tags["og:description"] == ["Mokymai vyko Tauragėje."]
    assert tags["og:url"] == [post.get_full_url()]
    assert tags["twitter:card"] == ["summary_large_image"]
    (image_url,) = tags["og:image"]
    assert image_url.startswith("http://") and image_url.endswith(".jpg")
    # A 1.91:1 crop (fill-1200x630); the factory's small image is never enlarged.
    width, height = int(tags["og:image:width"][0]), int(tags["og:image:height"][0])
    assert round(width / height, 1) == 1.9
    assert tags["og:image:alt"] == ["Mokymų dalyviai"]


def test_page_without_image_is_a_website_with_a_summary_card(client, site_tree):
    page = factories.StandardPageFactory(
        parent=site_tree.home, title="Apie mus", seo_title="Apie asociaciją"
    )
    tags = meta(client, page.url)
    assert tags["og:type"] == ["website"]
    assert tags["og:title"] == ["Apie asociaciją"]
    assert tags["twitter:card"] == ["summary"]
    assert "og:image" not in tags


def test_member_profile_shares_the_member_photo(client, site_tree):
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index)
    photo = factories.wagtail_factories.ImageFactory()
    member = factories.ClusterMemberPageFactory(parent=cluster, title="Ona", photo=photo)
    tags = meta(client, member.url)
    assert tags["og:type"] == ["website"]
    assert tags["og:image"][0].endswith(".jpg")
    assert tags["twitter:card"] == ["summary_large_image"]


def test_locale_and_live_translations_are_named(client, site_tree, translate):
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    page = factories.StandardPageFactory(parent=site_tree.home, title="Apie mus")
    english = translate(page, "en", {"Apie mus": "About us"})

    lithuanian_tags = meta(client, page.url)
    assert lithuanian_tags["og:locale"] == ["lt_LT"]
    assert lithuanian_tags["og:locale:alternate"] == ["en_GB"]

    english_tags = meta(client, english.url)
    assert english_tags["og:locale"] == ["en_GB"]
    assert english_tags["og:locale:alternate"] == ["lt_LT"]
    assert english_tags["og:title"] == ["About us"]
    assert english_tags["og:url"] == [english.get_full_url()]


def test_draft_translation_is_not_an_alternate_locale(client, site_tree, translate):
    english = translate(site_tree.home, "en", {"Pradžia": "Home"})
    english.unpublish()
    assert "og:locale:alternate" not in meta(client, site_tree.home.url)


@pytest.mark.parametrize("url", ["/lt/search/?q=amat", "/lt/search/"])
def test_views_outside_the_page_tree_have_no_card(client, site_tree, url):
    assert "og:url" not in meta(client, url)
