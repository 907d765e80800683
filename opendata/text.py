"""Rich text as plain text for data files: paragraphs and list items on lines of their own."""

import html
import re

from django.utils.html import strip_tags

BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain_text(rich_text):
    text = BLOCK_END.sub("\n", str(rich_text or ""))
    text = html.unescape(strip_tags(text))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
