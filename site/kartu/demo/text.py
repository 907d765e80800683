"""Demo text in several languages, and the catalogue that looks translations up.

In the data files a text is either a mapping of language codes to text (`lt: …`, `en: …`) or a
single string, which reads the same in every language (a name, a phone number, an acronym). The
source language's text goes into the page or snippet; when wagtail-localize extracts the
object's strings, each one finds its translation in the catalogue, built from every text of the
data files at the start of a run.
"""

import warnings
from html import escape

from bs4 import MarkupResemblesLocatorWarning
from wagtail_localize.strings import StringValue

LANGUAGE_CODES = ("lt", "lv", "pl", "en", "ru")
# The languages demo content is written in; English (and the rest) are only translated into.
SOURCE_CODES = ("lt", "lv")


def normalise(text):
    """The form in which wagtail-localize stores a plain-text string (escaped, newlines as <br>)."""
    return StringValue.from_plaintext(text).data


def is_text(value):
    """Whether `value` is a text given per language: a mapping whose keys are language codes."""
    return isinstance(value, dict) and bool(value) and set(value) <= set(LANGUAGE_CODES)


def text(value, code):
    """The `code` text of a data-file text; a single string reads the same in every language."""
    if value is None or isinstance(value, str):
        return value
    if is_text(value):
        try:
            return value[code]
        except KeyError:
            raise KeyError(f"No {code} text in {value!r}") from None
    raise TypeError(f"Not a text: {value!r}")


def paragraphs(items, code):
    """Rich text of plain <p> paragraphs: each paragraph becomes one translatable string."""
    return "".join(f"<p>{escape(text(item, code), quote=False)}</p>" for item in items)


class Catalogue:
    """Maps (target language, source string as stored) to the translated text."""

    def __init__(self):
        self._entries = {}

    @classmethod
    def from_documents(cls, documents):
        """Every text in `documents` (loaded data files): first the texts given per language,
        which must agree with each other, then the single strings, which read the same in every
        language wherever no text given per language says otherwise."""
        catalogue, single = cls(), []

        def walk(value):
            if is_text(value):
                catalogue.register(value)
            elif isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)
            elif isinstance(value, str):
                single.append(value)

        for document in documents:
            walk(document)
        # Single strings include web addresses, which BeautifulSoup (parsing each string as
        # wagtail-localize stores it) warns look like addresses rather than HTML; they are text.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
            for value in single:
                catalogue.register(dict.fromkeys(LANGUAGE_CODES, value), fallback=True)
        return catalogue

    def register(self, texts, fallback=False):
        for source_code, source_text in texts.items():
            if source_code not in SOURCE_CODES:
                continue
            key_text = normalise(source_text)
            for target_code, target_text in texts.items():
                if target_code == source_code:
                    continue
                key = (target_code, key_text)
                known = self._entries.setdefault(key, target_text)
                if known != target_text and not fallback:
                    raise ValueError(
                        f"Two {target_code} translations of {source_text!r}: "
                        f"{known!r} and {target_text!r}. Make the source texts distinct."
                    )

    def lookup(self, target_code, stored_source):
        """The translation of a String's stored data, or None when the demo has none."""
        return self._entries.get((target_code, stored_source))
