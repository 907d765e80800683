"""The A3 poster's page: the emblem and its statement on top, the title, the aims, and the
programme and EU support along the bottom. One page whatever the text's length: the aims are
set smaller until they fit, and cut with an ellipsis only below the smallest readable size."""

import io

from django.utils import translation
from django.utils.translation import gettext as _
from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A3
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from .emblem import REFLEX_BLUE, draw_emblem, emblem_width
from .fonts import poster_font

PAGE_WIDTH, PAGE_HEIGHT = A3  # 841.89 × 1190.55 pt
MARGIN = 57  # 2 cm
EMBLEM_HEIGHT = 120
GREY = HexColor("#444444")
AIMS_SIZES = (22, 20, 18, 16, 14, 13, 12, 11)
LINE_SPACING = 1.3


class Writer:
    """Text set from the top of the page down, in the poster's one plain font."""

    def __init__(self, canvas, font):
        self.canvas, self.font = canvas, font
        self.width = PAGE_WIDTH - 2 * MARGIN
        self.y = PAGE_HEIGHT - MARGIN

    def lines(self, text, size, width=None):
        return simpleSplit(text, self.font, size, width or self.width)

    def write(self, text, size, color=black, gap=0.0):
        self.canvas.setFillColor(color)
        self.canvas.setFont(self.font, size)
        for line in self.lines(text, size):
            self.y -= size * LINE_SPACING
            self.canvas.drawString(MARGIN, self.y, line)
        self.y -= gap


def draw_header(canvas, font, facts):
    """The emblem with its statement beside it, in reflex blue (Annex IX); the programme's
    logo, if any, on the right and never larger than the emblem. Returns the y below."""
    top = PAGE_HEIGHT - MARGIN
    left = MARGIN
    draw_emblem(canvas, left, top - EMBLEM_HEIGHT, EMBLEM_HEIGHT)
    text_x = left + emblem_width(EMBLEM_HEIGHT) + 24
    logo_space = draw_logo(canvas, facts.logo, top)
    size = 30
    canvas.setFillColor(REFLEX_BLUE)
    canvas.setFont(font, size)
    lines = simpleSplit(facts.statement, font, size, PAGE_WIDTH - MARGIN - text_x - logo_space)
    block = len(lines) * size * 1.15
    y = top - EMBLEM_HEIGHT / 2 + block / 2 - size
    for line in lines:
        canvas.drawString(text_x, y, line)
        y -= size * 1.15
    return top - EMBLEM_HEIGHT - 48


def logo_box(image_width, image_height):
    """The logo's drawn size: at most the emblem's height (Annex IX: the emblem at least as
    large as any other logo) and a third of the width the header has."""
    if not image_width or not image_height:
        return 0, 0
    scale = min(EMBLEM_HEIGHT / image_height, (PAGE_WIDTH - 2 * MARGIN) / 3 / image_width)
    return image_width * scale, image_height * scale


def draw_logo(canvas, image, top):
    """The programme's logo at the header's right; the width it takes (0 without one)."""
    if image is None:
        return 0
    try:
        with image.open_file() as handle:
            reader = ImageReader(io.BytesIO(handle.read()))
        width, height = logo_box(*reader.getSize())
    except (OSError, ValueError):  # a missing or unreadable (e.g. SVG) file: no logo
        return 0
    if not width:
        return 0
    x = PAGE_WIDTH - MARGIN - width
    y = top - EMBLEM_HEIGHT + (EMBLEM_HEIGHT - height) / 2
    canvas.drawImage(reader, x, y, width, height, mask="auto")
    return width + 24


def draw_footer(canvas, font, facts):
    """Programme, EU support and the other facts in a band along the bottom; its top y."""
    rows = [(_("Programme"), facts.programme), facts.eu_support, *facts.facts]
    if facts.url:
        rows.append((_("Website"), facts.url))
    label_width = 210
    value_width = PAGE_WIDTH - 2 * MARGIN - label_width
    size = 16
    height = sum(
        max(1, len(simpleSplit(value, font, size, value_width))) * size * LINE_SPACING
        for _label, value in rows
    )
    y = MARGIN + height
    top = y + 24
    canvas.setStrokeColor(REFLEX_BLUE)
    canvas.setLineWidth(2)
    canvas.line(MARGIN, top, PAGE_WIDTH - MARGIN, top)
    for label, value in rows:
        canvas.setFont(font, size)
        canvas.setFillColor(GREY)
        lines = simpleSplit(value, font, size, value_width) or [""]
        canvas.drawString(MARGIN, y - size, label)
        canvas.setFillColor(black)
        for line in lines:
            y -= size * LINE_SPACING
            canvas.drawString(MARGIN + label_width, y + size * (LINE_SPACING - 1), line)
    return top


def fit_aims(writer, paragraphs, room):
    """The largest size at which the aims fit in `room` points, and their lines."""
    for size in AIMS_SIZES:
        lines = [writer.lines(text, size) for text in paragraphs]
        needed = sum(len(block) * size * LINE_SPACING + size * 0.6 for block in lines)
        if needed <= room:
            return size, lines
    size = AIMS_SIZES[-1]
    fitting = int(room // (size * LINE_SPACING))
    flat = [line for text in paragraphs for line in writer.lines(text, size)]
    cut = flat[: max(fitting - 1, 0)] + ["…"]
    return size, [cut]


def build_poster(facts, title=""):
    """The PDF's bytes for PosterFacts."""
    buffer = io.BytesIO()
    # `lang`: the PDF's language, for screen readers.
    canvas = Canvas(buffer, pagesize=A3, pageCompression=1, lang=facts.language)
    font = poster_font()
    with translation.override(facts.language):
        canvas.setTitle(title or facts.title)
        canvas.setSubject(facts.statement)
        canvas.setCreator("Kartu")
        writer = Writer(canvas, font)
        writer.y = draw_header(canvas, font, facts)
        if facts.acronym:
            writer.write(facts.acronym, 24, GREY, gap=6)
        writer.write(facts.title, 44, REFLEX_BLUE, gap=28)
        footer_top = draw_footer(canvas, font, facts)
        writer.write(_("Aims"), 26, black, gap=10)
        size, blocks = fit_aims(writer, facts.aims, writer.y - footer_top - 32)
        canvas.setFont(font, size)
        canvas.setFillColor(black)
        for block in blocks:
            for line in block:
                writer.y -= size * LINE_SPACING
                canvas.drawString(MARGIN, writer.y, line)
            writer.y -= size * 0.6
        canvas.showPage()
        canvas.save()
    return buffer.getvalue()
