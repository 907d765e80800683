"""Listing and lead images come in several widths, as WebP, sized, lazy below the fold."""

import lxml.html
import pytest

from tests import factories


def images(client, url, xpath):
    response = client.get(url)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content).xpath(xpath)


def large_image(**kwargs):
    """An image larger than every width a srcset asks for, so each width is its own file."""
    return factories.wagtail_factories.ImageFactory(file__width=1200, file__height=900, **kwargs)


def assert_responsive_webp(img):
    """Several widths, all WebP, with the intrinsic size and the layout size given."""
    candidates = [candidate.split() for candidate in img.get("srcset").split(",")]
    assert len({width for _url, width in candidates}) > 1
    assert all(url.endswith(".webp") for url, _width in candidates)
    assert img.get("src").endswith(".webp")
    assert img.get("width") and img.get("height") and img.get("sizes")


def test_news_listing_images_are_responsive_webp_and_lazy(client, site_tree):
    image = large_image()
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


@pytest.mark.parametrize("listing", ["cluster page", "member directory"])
def test_member_card_photo_is_responsive_webp_lazy_and_decorative(client, site_tree, listing):
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index)
    factories.ClusterMemberPageFactory(parent=cluster, photo=large_image(description="Ona"))
    url = cluster.url if listing == "cluster page" else site_tree.cluster_index.url
    (img,) = images(client, url, "//article[contains(@class, 'member-card')]//img")
    assert_responsive_webp(img)
    assert img.get("loading") == "lazy"
    assert img.get("alt") == ""  # the card's heading, a link, already names the member


def test_member_profile_photo_loads_eagerly_with_high_priority_and_its_description_as_alt(
    client, site_tree
):
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index)
    photo = large_image(description="Ona Audėja prie staklių")
    member = factories.ClusterMemberPageFactory(parent=cluster, photo=photo)
    (img,) = images(client, member.url, "//header//img[contains(@class, 'member-header__photo')]")
    assert_responsive_webp(img)
    assert img.get("loading") == "eager"
    assert img.get("fetchpriority") == "high"
    assert img.get("alt") == "Ona Audėja prie staklių"


def product_image(client, url):
    (img,) = images(client, url, "//article[contains(@class, 'product')]//img")
    return img


def test_product_image_is_responsive_webp_lazy_and_named_after_the_product(client, site_tree):
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index)
    image = large_image(description="Candlesticks on an oak table")
    member = factories.ClusterMemberPageFactory(
        parent=cluster, products=[("product", {"name": "Kaltos žvakidės", "image": image})]
    )
    img = product_image(client, member.url)
    assert_responsive_webp(img)
    assert img.get("loading") == "lazy"
    # The name, not the image's description: the name is translated with the page.
    assert img.get("alt") == "Kaltos žvakidės"


def test_product_image_alt_is_the_products_name_in_the_pages_language(client, site_tree, translate):
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index, title="Klasteris")
    member = factories.ClusterMemberPageFactory(
        parent=cluster,
        title="Jonas Kalvis",
        products=[("product", {"name": "Kaltos žvakidės", "image": large_image()})],
    )
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    translate(site_tree.cluster_index, "en", {"Klasteriai": "Clusters"})
    translate(cluster, "en", {"Klasteris": "Cluster"})
    english = translate(member, "en", {"Kaltos žvakidės": "Forged candlesticks"})
    assert product_image(client, english.url).get("alt") == "Forged candlesticks"


def test_small_original_never_names_a_width_twice_in_srcset(client, site_tree):
    # 300 px wide: every larger rendition of the image block is 300 px wide as well.
    image = factories.wagtail_factories.ImageFactory(
        file__width=300, file__height=200, description="Puodai"
    )
    page = factories.StandardPageFactory(
        parent=site_tree.home, body=[("image", {"image": image, "alt_text": ""})]
    )
    (img,) = images(client, page.url, "//figure[@class='block-image']//img")
    widths = [candidate.split()[-1] for candidate in img.get("srcset").split(", ")]
    assert widths == ["300w"]
