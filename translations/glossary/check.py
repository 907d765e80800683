"""The glossary's quality check: which translated strings ignore a term.

A term is found in a text word by word, case-insensitively, and each word may end differently
(Lithuanian, Latvian, Polish and Russian inflect: "pagrindinis partneris" is also "pagrindinio
partnerio"): a word matches when it starts with the term's word minus its last
`ENDING_LETTERS` letters and the vowels before them (words of up to `SHORT_WORD` letters must
match whole). The same rule
looks for the required translation in the translated text. A do-not-translate term must appear
as it is.
"""

import re
from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from django.utils.html import strip_tags
from wagtail_localize.models import StringSegment, StringTranslation

from translations.glossary.models import GlossaryTerm

ENDING_LETTERS = 2
SHORT_WORD = 4
WORD = re.compile(r"\w+")

MISSING = "missing"  # the required translation is not in the translated text
TRANSLATED = "translated"  # a do-not-translate term was translated


# A stem also loses the vowels it ends with: a Latvian ending may lengthen the vowel before it
# ("radošais sektors", "radošā sektora"), a Lithuanian or Polish one replace it.
VOWELS = "aeiouyąęėįųūāēīōыэюяиеёоуа"
SHORTEST_STEM = 3


def _stem(word):
    stem = word[:-ENDING_LETTERS]
    shorter = stem.rstrip(VOWELS)
    return shorter if len(shorter) >= SHORTEST_STEM else stem


def _stems(text):
    """[(beginning, whether the word must match whole)] for each word of `text`."""
    return [
        (word, True) if len(word) <= SHORT_WORD else (_stem(word), False)
        for word in WORD.findall(text.lower())
    ]


def contains(text, phrase):
    """Whether `text` contains `phrase`, each word allowing another ending."""
    stems = _stems(phrase)
    if not stems:
        return False
    words = WORD.findall(strip_tags(text).lower())
    for start in range(len(words) - len(stems) + 1):
        if all(
            words[start + offset] == stem if whole else words[start + offset].startswith(stem)
            for offset, (stem, whole) in enumerate(stems)
        ):
            return True
    return False


def terms_for(source_locale, target_locale):
    return list(
        GlossaryTerm.objects.filter(source_locale=source_locale, target_locale=target_locale)
    )


def terms_in(text, terms):
    """The terms of `terms` that `text` contains."""
    return [term for term in terms if contains(text, term.term)]


@dataclass
class Warning:
    """A translated string that ignores a glossary term."""

    source_text: str
    translated_text: str
    term: GlossaryTerm
    problem: str  # MISSING or TRANSLATED
    segment_id: int


def problems(source_text, translated_text, terms):
    for term in terms_in(source_text, terms):
        if not contains(translated_text, term.required_translation):
            yield term, TRANSLATED if term.do_not_translate else MISSING


def check(translation):
    """The strings of `translation` (a wagtail-localize `Translation`) whose translation misses
    a required term or translates a do-not-translate term, in page order. Three queries."""
    return check_many([translation]).get(translation.pk, [])


def check_many(translations):
    """{translation pk: [Warning, …]} for several translations (with their `source` loaded):
    three queries whatever their number (the glossary, the translated strings, the segments)."""
    translations = list(translations)
    if not translations:
        return {}
    pairs = {(t.source.locale_id, t.target_locale_id) for t in translations}
    terms = {}
    for term in GlossaryTerm.objects.filter(
        source_locale_id__in={source for source, _target in pairs},
        target_locale_id__in={target for _source, target in pairs},
    ):
        terms.setdefault((term.source_locale_id, term.target_locale_id), []).append(term)
    warnings = {translation.pk: [] for translation in translations}
    if not terms:
        return warnings
    by_source = {}
    for translation in translations:
        by_source.setdefault(translation.source_id, []).append(translation)
    rows = (
        StringTranslation.objects.filter(
            has_error=False,
            locale_id__in={t.target_locale_id for t in translations},
        )
        .filter(
            Exists(
                StringSegment.objects.filter(
                    source_id__in=by_source,
                    string_id=OuterRef("translation_of_id"),
                    context_id=OuterRef("context_id"),
                )
            )
        )
        .values_list("translation_of_id", "context_id", "locale_id", "data")
    )
    segments = StringSegment.objects.filter(source_id__in=by_source).values_list(
        "pk", "source_id", "string_id", "context_id", "string__data", "order"
    )
    return _collect(translations, terms, list(rows), list(segments), warnings)


def _collect(translations, terms, rows, segments, warnings):
    translated = {
        (string_id, context_id, locale): data for string_id, context_id, locale, data in rows
    }
    for segment_id, source_id, string_id, context_id, source_text, _order in sorted(
        segments, key=lambda segment: segment[5]
    ):
        for translation in translations:
            if translation.source_id != source_id:
                continue
            text = translated.get((string_id, context_id, translation.target_locale_id))
            pair_terms = terms.get((translation.source.locale_id, translation.target_locale_id))
            if text is None or not pair_terms:
                continue
            for term, problem in problems(source_text, text, pair_terms):
                warnings[translation.pk].append(
                    Warning(source_text, text, term, problem, segment_id)
                )
    return warnings
