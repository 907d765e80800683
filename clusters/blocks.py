"""Blocks only member profiles use: products and services, workshops and masterclasses."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class ProductBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False, default="")
    image = ImageChooserBlock(required=False, label=_("Image"))
    price = blocks.CharBlock(
        label=_("Price"),
        required=False,
        default="",
        max_length=80,
        help_text=_("e.g. “from 25 €” or “on request”."),
    )

    class Meta:
        icon = "tag"
        label = _("Product or service")
        template = "components/blocks/product_block.html"


class WorkshopBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False, default="")
    duration = blocks.CharBlock(
        label=_("Duration"),
        required=False,
        default="",
        max_length=60,
        help_text=_("e.g. “3 hours”."),
    )
    group_size = blocks.CharBlock(
        label=_("Group size"),
        required=False,
        default="",
        max_length=60,
        help_text=_("e.g. “up to 12 people”."),
    )

    class Meta:
        icon = "group"
        label = _("Workshop or masterclass")
        template = "components/blocks/workshop_block.html"
