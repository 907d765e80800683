"""Demo text written in several languages at once, and the catalogue that looks translations up.

Write `T(lt="…", en="…")` wherever a page or snippet needs text: the source language's text goes
into the object, and every other language's text is registered so that, when wagtail-localize
extracts the object's strings, each one finds its translation here. `same("…")` marks text that
reads the same in every language (names, phone numbers, acronyms).
"""

from html import escape

from wagtail_localize.strings import StringValue

LANGUAGE_CODES = ("lt", "lv", "pl", "en", "ru")
# The languages demo content is written in; English (and the rest) are only translated into.
SOURCE_CODES = ("lt", "lv")


def normalise(text):
    """The form in which wagtail-localize stores a plain-text string (escaped, newlines as <br>)."""
    return StringValue.from_plaintext(text).data


class Catalogue:
    """Maps (target language, source string as stored) to the translated text."""

    def __init__(self):
        self._entries = {}

    def register(self, texts):
        for source_code, source_text in texts.items():
            if source_code not in SOURCE_CODES:
                continue
            key_text = normalise(source_text)
            for target_code, target_text in texts.items():
                if target_code == source_code:
                    continue
                key = (target_code, key_text)
                known = self._entries.setdefault(key, target_text)
                if known != target_text:
                    raise ValueError(
                        f"Two {target_code} translations of {source_text!r}: "
                        f"{known!r} and {target_text!r}. Make the source texts distinct."
                    )

    def lookup(self, target_code, stored_source):
        """The translation of a String's stored data, or None when the demo has none."""
        return self._entries.get((target_code, stored_source))


CATALOGUE = Catalogue()


class T:
    """One piece of demo text in each language it is written in."""

    __slots__ = ("texts",)

    def __init__(self, **texts):
        unknown = set(texts) - set(LANGUAGE_CODES)
        if unknown:
            raise ValueError(f"Unknown language codes {sorted(unknown)} in {texts!r}")
        self.texts = texts
        CATALOGUE.register(texts)

    def __getitem__(self, code):
        try:
            return self.texts[code]
        except KeyError:
            raise KeyError(f"No {code} text for {self.texts!r}") from None

    def __repr__(self):
        return f"T({self.texts!r})"


def same(text):
    """Text that is the same in every language: a person's name, a phone number, an acronym."""
    return T(**dict.fromkeys(LANGUAGE_CODES, text))


def text_in(value, code):
    """The `code` text of a T (or a plain value, such as a number, unchanged)."""
    return value[code] if isinstance(value, T) else value


def paragraphs(items, code):
    """Rich text of plain <p> paragraphs: each paragraph becomes one translatable string."""
    return "".join(f"<p>{escape(text_in(item, code), quote=False)}</p>" for item in items)
