"""The poster's typeface: Arimo, registered once with ReportLab.

Annex IX of Reg. 2021/1060 wants the emblem's statement in a plain font and names Arial among
them. Arimo (SIL Open Font License 1.1) has Arial's metrics and covers Lithuanian, Latvian,
Polish and Cyrillic; the `fontpkg-arimo` wheel from PyPI ships its TTF, so `make install`
brings it and nothing is downloaded when a poster is drawn. Its file is a variable font, whose
outlines ReportLab reads at the default instance (Regular, 400): the poster uses that one weight.
"""

from functools import cache
from importlib.resources import files

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_NAME = "Arimo"
FONT_FILE = "Arimo[wght].ttf"


@cache
def poster_font():
    """The registered font's name (registered on first use, for the life of the process)."""
    path = files("fontpkg_arimo").joinpath("files", FONT_FILE)
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(path)))
    return FONT_NAME
