"""A word-level diff of a string's old and new source text, for the translator to read."""

import difflib
import re

from django.utils.html import strip_tags

WORDS = re.compile(r"\S+|\s+")

EQUAL, REMOVED, ADDED = "equal", "removed", "added"


def word_diff(old, new):
    """[(kind, text)] where kind is EQUAL, REMOVED or ADDED, words and spaces in order: what
    the old text said, then what the new one says instead. Markup is left out: the translator
    compares the words (wagtail-localize keeps links and formatting apart as attributes)."""
    old_words = WORDS.findall(strip_tags(old))
    new_words = WORDS.findall(strip_tags(new))
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append((EQUAL, "".join(old_words[a1:a2])))
            continue
        if op in ("replace", "delete"):
            parts.append((REMOVED, "".join(old_words[a1:a2])))
        if op in ("replace", "insert"):
            parts.append((ADDED, "".join(new_words[b1:b2])))
    return parts
