"""Pleasant abstract pictures drawn with Pillow at load time (nothing is downloaded).

Each picture is a two-colour gradient with soft shapes and a short caption, stored as a Wagtail
image and found again by its title on the next run.
"""

import io
import random
from functools import cache
from pathlib import Path

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

SIZE = (960, 640)
FONT_FILES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
]

# Two colours each: linen, amber, forest, clay, Baltic sea, rye, heather, birch.
PALETTES = {
    "linen": ((238, 226, 203), (150, 120, 90)),
    "amber": ((255, 196, 92), (168, 72, 30)),
    "forest": ((120, 170, 110), (28, 70, 52)),
    "clay": ((226, 140, 104), (110, 46, 40)),
    "sea": ((120, 190, 220), (20, 60, 120)),
    "rye": ((236, 210, 130), (120, 100, 40)),
    "heather": ((200, 160, 210), (70, 40, 100)),
    "birch": ((230, 236, 230), (90, 100, 96)),
}
MOTIFS = ("circles", "waves", "stripes", "diamonds")


@cache
def caption_font(size):
    for path in FONT_FILES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow built without FreeType
        return ImageFont.load_default()


def gradient(palette, angle):
    light, dark = palette
    width, height = SIZE
    side = int((width**2 + height**2) ** 0.5) + 2  # big enough to cover SIZE at any angle
    mask = PILImage.linear_gradient("L").resize((side, side)).rotate(angle)
    x, y = (side - width) // 2, (side - height) // 2
    mask = mask.crop((x, y, x + width, y + height))
    return PILImage.composite(
        PILImage.new("RGB", SIZE, dark), PILImage.new("RGB", SIZE, light), mask
    )


def draw_motif(picture, motif, palette, rng):
    overlay = PILImage.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    width, height = SIZE
    light, dark = palette
    for index in range(rng.randint(5, 9)):
        colour = (*(light if index % 2 else dark), rng.randint(50, 110))
        x, y = rng.randint(0, width), rng.randint(0, height)
        r = rng.randint(60, 220)
        if motif == "circles":
            draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        elif motif == "waves":
            draw.arc((x - 2 * r, y - r, x + 2 * r, y + r), 180, 360, fill=colour, width=24)
        elif motif == "stripes":
            draw.polygon(
                [(x, 0), (x + r // 2, 0), (x - r, height), (x - r - r // 2, height)], fill=colour
            )
        else:
            draw.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], fill=colour)
    return PILImage.alpha_composite(picture.convert("RGBA"), overlay)


def draw_caption(picture, caption):
    width, height = SIZE
    size = 40
    while size > 18 and caption_font(size).getlength(caption) > width - 72:
        size -= 2
    band = PILImage.new("RGBA", (width, 96), (20, 24, 32, 150))
    picture.alpha_composite(band, (0, height - 96))
    draw = ImageDraw.Draw(picture)
    draw.text((36, height - 48), caption, font=caption_font(size), fill="white", anchor="lm")
    return picture


def make_picture(caption, palette_name, motif, seed):
    """JPEG bytes of one abstract picture; the same arguments always draw the same picture."""
    rng = random.Random(seed)
    palette = PALETTES[palette_name]
    picture = gradient(palette, rng.choice((0, 30, 60, 120, 150)))
    picture = draw_motif(picture, motif, palette, rng)
    picture = draw_caption(picture, caption)
    output = io.BytesIO()
    picture.convert("RGB").save(output, "JPEG", quality=82, optimize=True)
    return output.getvalue()


def get_or_create_image(title, caption, palette, motif, tally):
    """The Wagtail image titled `title`, drawn and stored on the first run only.

    The caption drawn on the picture is also its description (alternative text): the picture
    is abstract, so its words are what it says.
    """
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is not None:
        tally.present("image")
        return image
    data = make_picture(caption, palette, motif, seed=title)
    image = image_model(title=title, description=caption)
    image.file = ImageFile(io.BytesIO(data), name=f"demo-{slugify(title)}.jpg")
    image.save()
    tally.created("image")
    return image


class ImageLibrary:
    """Gives each demo subject its picture, creating pictures lazily by title."""

    def __init__(self, tally):
        self.tally = tally
        self._images = {}

    def get(self, title, caption=None, palette="linen", motif="circles"):
        if title not in self._images:
            self._images[title] = get_or_create_image(
                title, caption or title, palette, motif, self.tally
            )
        return self._images[title]

    def picture(self, spec):
        """The picture a data file describes: title, caption, palette and motif."""
        return self.get(spec["title"], spec["caption"], spec["palette"], spec["motif"])


def make_logo(text, colour):
    """PNG bytes of a funder's wordmark: a coloured square with the initials and the name."""
    width, height, size = 440, 160, 38
    logo = PILImage.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(logo)
    draw.rounded_rectangle((8, 8, height - 8, height - 8), radius=20, fill=colour)
    initials = "".join(word[0] for word in text.split()[:2] if word[0].isalnum()).upper()
    draw.text(
        (height // 2, height // 2), initials, font=caption_font(60), fill="white", anchor="mm"
    )
    room = width - height - 24
    while size > 20 and max(caption_font(size).getlength(word) for word in text.split()) > room:
        size -= 2
    lines = [""]
    for word in text.split():  # wrap the name onto at most three lines beside the square
        candidate = f"{lines[-1]} {word}".strip()
        if caption_font(size).getlength(candidate) <= room or not lines[-1]:
            lines[-1] = candidate
        elif len(lines) < 3:
            lines.append(word)
    line_height = size + 6
    top = height // 2 - line_height * (len(lines) - 1) // 2
    for index, line in enumerate(lines):
        draw.text(
            (height + 16, top + line_height * index),
            line,
            font=caption_font(size),
            fill=colour,
            anchor="lm",
        )
    output = io.BytesIO()
    logo.save(output, "PNG", optimize=True)
    return output.getvalue()


def get_or_create_logo(title, text, colour, tally):
    """The Wagtail image titled `title`: a wordmark reading `text`, drawn on the first run."""
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is not None:
        tally.present("image")
        return image
    image = image_model(title=title, description=text)
    image.file = ImageFile(io.BytesIO(make_logo(text, colour)), name=f"{slugify(title)}.png")
    image.save()
    tally.created("image")
    return image
