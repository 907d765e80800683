"""The EU emblem drawn in PDF by the geometry the site's SVG emblem uses
(projects_tags: 3:2 flag, twelve stars on a circle of a third of its height, each star's points
on a circle of an eighteenth, one point upward), in reflex blue and yellow (Annex IX)."""

from reportlab.lib.colors import HexColor

from projects.templatetags.projects_tags import FLAG_HEIGHT, FLAG_WIDTH, eu_emblem_star_points

REFLEX_BLUE = HexColor("#003399")
YELLOW = HexColor("#FFCC00")


def emblem_width(height):
    return height * FLAG_WIDTH / FLAG_HEIGHT


def draw_emblem(canvas, x, y, height):
    """The flag with its lower left corner at (x, y), `height` points high; its width."""
    width = emblem_width(height)
    scale = height / FLAG_HEIGHT
    canvas.saveState()
    canvas.setFillColor(REFLEX_BLUE)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    canvas.setFillColor(YELLOW)
    for points in eu_emblem_star_points():
        path = canvas.beginPath()
        # The SVG's y runs downward, the PDF's upward.
        first, *rest = [(x + px * scale, y + height - py * scale) for px, py in points]
        path.moveTo(*first)
        for point in rest:
            path.lineTo(*point)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return width
