"""Listing and lead images come in several widths, as WebP, sized, lazy below the fold."""

import lxml.html

from tests import factories


def images(client, url, xpath):
    response = client.get(url)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content).xpath(xpath)


def test_news_listing_images_are_responsive_webp_and_lazy(client, site_tree):
    image = factories.wagtail_factories.ImageFactory()
    factories.NewsPageFactory(parent=site_tree.news_index, lead_image=image)
    teaser_image = "//article[contains(@class, 'news-teaser')]//img"
    (img,) = images(client, site_tree.news_index.url, teaser_image)
    assert img.get("srcset").count("w,") == 1  # two widths
    assert ".webp" in img.get("src") and ".webp" in img.get("srcset")
    assert img.get("width") and img.get("height") and img.get("sizes")
    assert img.get("loading") == "lazy"


def test_news_post_lead_image_loads_eagerly_with_high_priority(client, site_tree):
    image = factories.wagtail_factories.ImageFactory()
    post = factories.NewsPageFactory(parent=site_tree.news_index, lead_image=image)
    (img,) = images(client, post.url, "//figure[@class='lead-image']//img")
    assert img.get("srcset") and ".webp" in img.get("src")
    assert img.get("width") and img.get("height") and img.get("sizes")
    assert img.get("loading") == "eager"
    assert img.get("fetchpriority") == "high"
