"""Texts for generated pages, drawn from vocabulary.yaml with a seeded random generator.

A text is written once, in the default language; a translation is that text marked with its
language ("[lv] …"), which is what a translator's unfinished work looks like and what tests and
benchmarks can recognise.
"""

import datetime
from pathlib import Path

from ..content import Content
from ..text import paragraphs

VOCABULARY = Content(Path(__file__).resolve().parent)


def mark(text, code, source_code):
    """`text` as the translation into `code` of a page written in `source_code`."""
    return text if code == source_code or not text else f"[{code}] {text}"


class Draw(dict):
    """Placeholder values for `str.format_map`: given ones, else a random word of that kind."""

    def __init__(self, writer, given):
        super().__init__(given)
        self.writer = writer

    def __missing__(self, key):
        return self.writer.word(key)


class Writer:
    """Random texts, names and dates; the same seed always gives the same ones."""

    def __init__(self, rng, organisations, programmes):
        self.rng = rng
        self.words = VOCABULARY["vocabulary"]
        self.kinds = {
            "town": self.words["towns"],
            "town2": self.words["towns"],
            "topic": self.words["topics"],
            "craft": self.words["crafts"],
            "org": [organisation.name for organisation in organisations],
            "programme": [programme.name for programme in programmes],
        }

    def word(self, kind):
        if kind == "count":
            return str(self.rng.randint(8, 40))
        return self.rng.choice(self.kinds[kind])

    def fill(self, pattern, **given):
        return pattern.format_map(Draw(self, given))

    def pick(self, patterns, **given):
        return self.fill(self.rng.choice(patterns), **given)

    def sentences(self, patterns, low, high, **given):
        chosen = self.rng.sample(patterns, self.rng.randint(low, high))
        return [self.fill(pattern, **given) for pattern in chosen]

    def day(self, first_year, last=None):
        """A day from 1 January `first_year` to `last` (a date; today by default)."""
        start = datetime.date(first_year, 1, 1)
        last = last or datetime.date.today()
        return start + datetime.timedelta(days=self.rng.randrange((last - start).days + 1))

    def article(self, heading_chance=0.5, quote_chance=0.3):
        """A body as parts: ("heading", text), ("paragraphs", [sentence, …]), ("quote", (text,
        by)) and one ("image", caption) for the picture, rendered per language by `body()`."""
        parts = [("paragraphs", self.sentences(self.words["body_sentences"], 2, 4))]
        if self.rng.random() < heading_chance:
            parts.append(("heading", self.rng.choice(self.words["headings"])))
            parts.append(("paragraphs", self.sentences(self.words["body_sentences"], 1, 3)))
        if self.rng.random() < quote_chance:
            quote = self.rng.choice(self.words["quotes"])
            parts.append(("quote", (quote["text"], quote["by"])))
        parts.append(("image", self.rng.choice(self.words["headings"])))
        return parts


def image(picture, caption):
    """An image block's value, with the image itself rather than its key: a page built in
    Python needs no query to read its pictures back (the search and reference indexes do)."""
    return {"image": picture, "alt_text": "", "caption": caption, "credit": ""}


def body(parts, code, source_code, picture):
    """A body in language `code`, as the (block type, value) pairs a StreamField accepts."""

    def marked(text):
        return mark(text, code, source_code)

    blocks = []
    for kind, value in parts:
        if kind == "paragraphs":
            blocks.append(("paragraph", paragraphs([marked(s) for s in value], code)))
        elif kind == "heading":
            blocks.append(("heading", {"text": marked(value), "level": "h2"}))
        elif kind == "quote":
            blocks.append(("quote", {"quote": marked(value[0]), "attribution": marked(value[1])}))
        elif kind == "image":
            blocks.append(("image", image(picture, marked(value))))
    return blocks


def rich_text(sentences, code, source_code):
    return paragraphs([mark(sentence, code, source_code) for sentence in sentences], code)
