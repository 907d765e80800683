"""The image upload form (WAGTAILIMAGES_IMAGE_FORM_BASE): Wagtail's, with a file field that
says clearly, in the editor's language, why an image is refused, and never fails with a 500.

Wagtail 8 already opens the upload with Willow, compares its real format with its extension
and counts its pixels. Found by experiment: Willow decodes the whole image to tell its size,
so a truncated image (a header promising pixels the data does not hold) fails there with an
uncaught OSError, a 500, and a real image just under Pillow's decompression-bomb error (178
megapixels, half a gigabyte decoded, from a file of a few hundred KB) is decoded before
Wagtail compares it with its limit; past that error the message says "unknown number" of
pixels, and a renamed SVG gets an English-only message in lt and lv. Here the pixels are
counted from the header before anything is decoded, and anything unreadable is "not an
image"."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat, floatformat
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from security.uploads.filenames import SafeNameMixin, extension_of

SVG_EXTENSIONS = {"svg", "svgz"}


class SafeImageField(SafeNameMixin, WagtailImageField):
    """An image file of an allowed format, whose content is that format, within the size
    and pixel limits (WAGTAILIMAGES_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_IMAGE_PIXELS)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        formats = {"formats": self.supported_formats_text}
        self.error_messages.update(
            {
                # The multiple upload page also shows these two before sending a file.
                "invalid_image_extension": _(
                    "This is not an accepted image format. Upload a file in one of these "
                    "formats: %(formats)s."
                )
                % formats,
                "file_too_large_unknown_size": _(
                    "This file is too big. Images can be at most %(max_filesize)s."
                )
                % {"max_filesize": self.max_upload_size_text},
                "invalid_image": _(
                    "This file is not an image, or it is damaged. Upload a file in one of these "
                    "formats: %(formats)s."
                )
                % formats,
            }
        )

    def refuse(self, code):
        # With no limit of ours, Pillow's decompression-bomb error is the one that refused.
        limit = self.max_image_pixels or 2 * PILImage.MAX_IMAGE_PIXELS
        messages = {
            "svg": _(
                "SVG images are not accepted: an SVG file can carry scripts that would run on "
                "the site. Export the image as PNG and upload that instead."
            ),
            "file_too_many_pixels": _(
                "This image has too many pixels. Images can have at most %(megapixels)s "
                "megapixels (all frames of an animation together). Make it smaller and upload "
                "it again."
            )
            % {"megapixels": floatformat(limit / 1_000_000, -1)},
        }
        message = messages.get(code) or self.error_messages[code]
        return ValidationError(message, code=code)

    def check_name(self, name):
        # Before opening it: an SVG is refused for what it is, however it is written.
        if extension_of(name) in SVG_EXTENSIONS:
            raise self.refuse("svg")
        if extension_of(name) not in self.allowed_image_extensions:
            raise self.refuse("invalid_image_extension")

    def check_image_file_size(self, f):
        if self.max_upload_size is not None and f.size > self.max_upload_size:
            raise ValidationError(
                _("This file is too big (%(file_size)s). Images can be at most %(max_filesize)s.")
                % {"file_size": filesizeformat(f.size), "max_filesize": self.max_upload_size_text},
                code="file_too_large",
            )

    def check_image_file_format(self, f):
        actual = f.image.format_name
        if actual == "svg":
            raise self.refuse("svg")
        extension = extension_of(f.name)
        if actual == ("jpeg" if extension == "jpg" else extension):
            return
        allowed = {"jpeg" if ext == "jpg" else ext for ext in self.allowed_image_extensions}
        if actual not in allowed:
            raise self.refuse("invalid_image_extension")
        raise ValidationError(
            _(
                "This file is a %(format)s image, but its name ends in .%(extension)s. Rename "
                "it to end in .%(format_extension)s and upload it again."
            )
            % {
                "format": actual.upper(),
                "extension": extension,
                "format_extension": "jpg" if actual == "jpeg" else actual,
            },
            code="invalid_image_known_format",
        )

    def check_image_pixel_size(self, f):
        limit = self.max_image_pixels
        try:
            width, height, frames = declared_size(f)
        except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
            raise self.refuse("file_too_many_pixels") from None
        except Exception as error:  # any unreadable header is "not an image"
            raise self.refuse("invalid_image") from error
        if limit is not None and width * height * frames > limit:
            raise self.refuse("file_too_many_pixels")
        try:
            # Within the limit, Willow decodes the whole image: the check that it is complete.
            f.image.get_size()
        except Exception as error:  # a truncated file fails here
            raise self.refuse("invalid_image") from error


def declared_size(f):
    """Width, height and frame count as the file's header declares them, read by Pillow
    without decoding a pixel (Willow decodes the whole image to tell its size, so counting
    with Willow is what would let a bomb explode)."""
    f.seek(0)
    try:
        with PILImage.open(f) as image:
            return (*image.size, getattr(image, "n_frames", 1))
    finally:
        f.seek(0)


class ImageForm(BaseImageForm):
    """Wagtail's image form (the add and edit views, the multiple upload, the chooser's
    upload tab) with SafeImageField as its file field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            self.fields["file"] = SafeImageField.replacing(self.fields["file"])
