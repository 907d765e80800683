"""The one block library every body StreamField draws from.

Blocks that point at models of higher apps name them by string, so `home` imports no other app.
"""

from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

HEADING_LEVELS = [("h2", _("Section heading (level 2)")), ("h3", _("Subheading (level 3)"))]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=HEADING_LEVELS,
        default="h2",
        help_text=_("The page title is the only top-level heading; sections start at level 2."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A section heading that also appears in the page outline.")
        template = "components/blocks/heading_block.html"
        preview_value = {"text": "Project results", "level": "h2"}


class ImageValue(blocks.StructValue):
    @property
    def alt(self):
        """The text alternative: none for a decorative image, else the block's own, else the
        image's description (never its title, which is often a file name)."""
        if self.get("decorative") or not self.get("image"):
            return ""
        return self.get("alt_text") or self["image"].description or ""


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        default="",
        max_length=250,
        help_text=_(
            "What the image shows, for people who cannot see it. Leave empty to use the "
            "image's own description."
        ),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative"),
        required=False,
        default=False,
        help_text=_(
            "Tick only if the image adds nothing a reader would miss: screen readers then skip it."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, default="", max_length=250)
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        default="",
        max_length=120,
        help_text=_("Photographer or source, shown after the caption."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with an optional caption and credit.")
        template = "components/blocks/image_block.html"
        value_class = ImageValue

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not value.get("decorative") and not value.alt:
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _(
                            "Describe what the image shows, or tick “Decorative” if it "
                            "adds nothing a reader would miss."
                        )
                    )
                }
            )
        return value


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, default="", max_length=120)
    images = blocks.ListBlock(ImageBlock(), label=_("Images"), min_num=1)

    class Meta:
        icon = "image"
        label = _("Gallery")
        description = _("A grid of images, for events, workshops and products.")
        template = "components/blocks/gallery_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        default="",
        max_length=200,
        help_text=_("Who said it, e.g. “Iveta Maļina-Tabūne, head of the planning region”."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation with the name of the person quoted.")
        template = "components/blocks/quote_block.html"
        preview_value = {
            "quote": "Crafts keep our region's traditions alive.",
            "attribution": "A cluster member",
        }


VIDEO_PROVIDERS = {
    "www.youtube.com": "YouTube",
    "youtube.com": "YouTube",
    "m.youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "vimeo.com": "Vimeo",
    "player.vimeo.com": "Vimeo",
}


def parse_video_url(url):
    """Return (provider name, privacy-friendly embed URL) for a YouTube or Vimeo URL, or None."""
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    provider = VIDEO_PROVIDERS.get(host)
    if provider == "YouTube":
        if host == "youtu.be":
            video_id = parsed.path.strip("/")
        elif parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
        else:
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        if video_id:
            return provider, f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif provider == "Vimeo":
        video_id = parsed.path.strip("/").split("/")[-1]
        if video_id.isdigit():
            return provider, f"https://player.vimeo.com/video/{video_id}?dnt=1"
    return None


class VideoEmbedBlock(blocks.StructBlock):
    """A video that loads nothing from the provider until the visitor asks for it."""

    url = blocks.URLBlock(
        label=_("Video address"),
        help_text=_("A YouTube or Vimeo link. Nothing loads from there until a visitor clicks."),
    )
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("Names the video for screen readers.")
    )
    transcript = blocks.TextBlock(
        label=_("Transcript or summary"),
        required=False,
        default="",
        help_text=_("A text alternative for people who cannot watch the video."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        description = _("A YouTube or Vimeo video that loads only after a click.")
        template = "components/blocks/video_embed_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not parse_video_url(value["url"]):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Use a YouTube or Vimeo video address."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        provider, embed_url = parse_video_url(value["url"]) or ("", "")
        context.update(provider=provider, embed_url=embed_url)
        return context


class LinkItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    document = DocumentChooserBlock(label=_("Document"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        targets = [name for name in ("document", "page", "url") if value.get(name)]
        if len(targets) != 1:
            raise StructBlockValidationError(
                block_errors={
                    "document": ValidationError(
                        _("Choose exactly one of a document, a page or an external address.")
                    )
                }
            )
        return value


class DocumentListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, default="", max_length=120)
    links = blocks.ListBlock(LinkItemBlock(), label=_("Links"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Documents and links")
        description = _("A list of downloads, pages and external links.")
        template = "components/blocks/document_list_block.html"


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=120)
    value = blocks.CharBlock(label=_("Value"), max_length=250)


class FactsTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"), max_length=200, help_text=_("Says what the table is about.")
    )
    facts = blocks.ListBlock(FactBlock(), label=_("Facts"), min_num=1)

    class Meta:
        icon = "table"
        label = _("Facts table")
        description = _("Label and value pairs, such as key figures of an event.")
        template = "components/blocks/facts_table_block.html"


class ContactPersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(label=_("Role"), required=False, default="", max_length=120)
    organisation = blocks.CharBlock(
        label=_("Organisation"), required=False, default="", max_length=200
    )
    email = blocks.EmailBlock(label=_("Email"), required=False)
    phone = blocks.CharBlock(
        label=_("Phone"),
        required=False,
        default="",
        max_length=40,
        help_text=_("In international format, e.g. +370 673 82349."),
    )

    class Meta:
        icon = "user"
        label = _("Contact person")
        description = _("Who to contact about this, with email and phone.")
        template = "components/blocks/contact_person_block.html"


class PartnerListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, default="", max_length=120)
    partners = blocks.ListBlock(
        SnippetChooserBlock("projects.Organisation", label=_("Organisation")),
        label=_("Partners"),
        min_num=1,
    )

    class Meta:
        icon = "group"
        label = _("Partner list")
        description = _("Organisations with their country, e.g. a project's partners.")
        template = "components/blocks/partner_list_block.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, default="")
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        description = _("A short invitation with a button, e.g. to register for a training.")
        template = "components/blocks/call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Choose either a page or an external address."))
                }
            )
        return value


class FundingDisclaimerBlock(blocks.StructBlock):
    """Shows a FundingDisclaimer snippet: edited once, translated once, shown everywhere."""

    disclaimer = SnippetChooserBlock("projects.FundingDisclaimer", label=_("Disclaimer"))

    class Meta:
        icon = "info-circle"
        label = _("Funding disclaimer")
        description = _("The EU (or other funder's) acknowledgement, with the emblem.")
        template = "components/blocks/funding_disclaimer_block.html"

    def get_context(self, value, parent_context=None):
        """`repeated` when the page already shows this disclaimer by itself (a project's, or
        a related project's on a news post, listed in `shown_disclaimer_keys`): the page's
        own copy keeps its place, which the EU rules want visible on landing."""
        context = super().get_context(value, parent_context)
        shown = (parent_context or {}).get("shown_disclaimer_keys") or ()
        disclaimer = value.get("disclaimer")
        context["repeated"] = disclaimer is not None and disclaimer.translation_key in shown
        return context


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="components/blocks/paragraph_block.html",
        icon="pilcrow",
    )
    heading = HeadingBlock()
    image = ImageBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    video = VideoEmbedBlock()
    documents = DocumentListBlock()
    facts_table = FactsTableBlock()
    contact_person = ContactPersonBlock()
    partner_list = PartnerListBlock()
    call_to_action = CallToActionBlock()
    funding_disclaimer = FundingDisclaimerBlock()

    class Meta:
        label = _("Body")
