"""Renditions of images chosen inside blocks, fetched for all of them at once.

A StreamField loads the images its blocks chose in one query, but each `{% srcset_image %}`
then looks up its renditions image by image: on a cold cache, one query per picture in a
gallery or product list. `prefetch_block_renditions` asks for every image's renditions in one
query before the template renders, so the cost stays flat however many pictures a page has.
"""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model

# The filter specs each template's srcset expands to (keep in step with the templates):
# components/blocks/image_block.html, components/gallery_item.html, product_block.html.
IMAGE_BLOCK_SPECS = tuple(
    f"max-{size}|format-webp" for size in ("600x450", "1200x900", "1800x1350")
)
GALLERY_ITEM_SPECS = (
    "max-1600x1200|format-webp",
    *(f"fill-{size}|format-webp" for size in ("240x180", "480x360", "960x720")),
)
PRODUCT_IMAGE_SPECS = tuple(f"fill-{size}|format-webp" for size in ("480x360", "960x720"))


def block_images(stream, field="image"):
    """The images chosen in a StreamField's blocks (struct blocks with an `image` field)."""
    images = []
    for block in stream:
        image = block.value.get(field) if hasattr(block.value, "get") else None
        if image is not None:
            images.append(image)
    return images


def body_images(body):
    """(images of a body's image blocks, pictures of its galleries)."""
    images = [block.value["image"] for block in body if block.block_type == "image"]
    pictures = [
        item["image"]
        for block in body
        if block.block_type == "gallery"
        for item in block.value["images"]
    ]
    return [image for image in images if image], [image for image in pictures if image]


def prefetch_block_renditions(*groups):
    """Give each image its renditions, for `groups` of (images, their specs): one query for all
    the groups together (each image receives the renditions of every spec asked for)."""
    images = [
        image
        for group, _specs in groups
        for image in group
        if not hasattr(image, "prefetched_renditions")
    ]
    if not images:
        return
    specs = {spec for _group, group_specs in groups for spec in group_specs}
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    prefetch_related_objects(
        images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


def prefetch_body_renditions(body):
    """The renditions of a body's image blocks and gallery pictures, in one query."""
    images, pictures = body_images(body)
    prefetch_block_renditions((images, IMAGE_BLOCK_SPECS), (pictures, GALLERY_ITEM_SPECS))
