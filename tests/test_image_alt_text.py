"""An image that carries meaning must say what it shows: the editor gets an error otherwise,
and a decorative image is hidden from screen readers."""

import lxml.html
import pytest
from wagtail.blocks import StructBlockValidationError

from home.blocks import ImageBlock
from tests import factories


@pytest.fixture
def undescribed_image(db):
    return factories.wagtail_factories.ImageFactory(title="IMG_2041.jpg", description="")


def clean(image, **fields):
    block = ImageBlock()
    return block.clean(block.to_python({"image": image.pk, **fields}))


def test_image_without_any_description_is_refused_unless_decorative(undescribed_image):
    with pytest.raises(StructBlockValidationError) as error:
        clean(undescribed_image)
    assert "alt_text" in error.value.block_errors


def test_image_with_its_own_alt_text_is_accepted(undescribed_image):
    assert clean(undescribed_image, alt_text="Puodžiai prie žiedimo rato").alt == (
        "Puodžiai prie žiedimo rato"
    )


def test_decorative_image_is_accepted_with_empty_alt(undescribed_image):
    assert clean(undescribed_image, decorative=True).alt == ""


def test_image_description_stands_in_for_missing_alt_text(db):
    image = factories.wagtail_factories.ImageFactory(description="Keramikos dirbtuvės")
    assert clean(image).alt == "Keramikos dirbtuvės"


def test_decorative_image_renders_with_empty_alt_never_its_title(client, site_tree):
    image = factories.wagtail_factories.ImageFactory(title="IMG_2041.jpg", description="Puodai")
    page = factories.StandardPageFactory(
        parent=site_tree.home,
        body=[("image", {"image": image, "alt_text": "", "decorative": True})],
    )
    tree = lxml.html.fromstring(client.get(page.url).content)
    (img,) = tree.xpath("//figure[@class='block-image']//img")
    assert img.get("alt") == ""
