"""Finding earlier translations similar to a text, per language pair.

Scores run from 0 to 1, an identical source text scoring 1.0. On PostgreSQL the score is pg_trgm's
`similarity()` and one query answers a whole page (`postgres`); elsewhere (SQLite in development
and tests) one query loads the candidates of a plausible length and difflib scores them in Python
(`portable`). The two scales differ a little (trigrams punish a changed word in a short text more
than difflib does); both give 1.0 for an identical text.
"""

from typing import NamedTuple

from django.db import connection
from wagtail_localize.models import String

from translations.memory import portable, postgres
from translations.memory.candidates import memory_rows
from translations.memory.where import titles_of

MIN_SCORE = 0.5  # below this a match costs the translator more to fix than to write anew


class Match(NamedTuple):
    """One earlier translation: how close its source is, the two texts, and where it is used."""

    score: float
    source_text: str
    target_text: str
    where: str


def suggest(text, source_locale, target_locale, limit=3, min_score=MIN_SCORE):
    """The best `limit` earlier translations of texts like `text` from `source_locale` into
    `target_locale`, best first (a list of `Match`)."""
    return suggest_many([text], source_locale, target_locale, limit, min_score).get(text, [])


def suggest_many(texts, source_locale, target_locale, limit=3, min_score=MIN_SCORE):
    """{text: [Match, …]} for every text, with a fixed number of queries whatever their number:
    one for the matches and one per kind of object they come from."""
    texts = list(dict.fromkeys(text for text in texts if text and text.strip()))
    if not texts:
        return {}
    finder = postgres if connection.vendor == "postgresql" else portable
    # Ask for more than `limit`: the same pair of texts used on several pages counts once.
    rows = finder.candidates(texts, _pk(source_locale), _pk(target_locale), limit * 4, min_score)
    titles = titles_of(
        {(row.content_type_id, row.object_id) for found in rows.values() for row in found},
        _pk(target_locale),
        _pk(source_locale),
    )
    results = {}
    for text in texts:
        matches, seen = [], set()
        for row in sorted(rows.get(text, []), key=lambda row: (-row.score, -row.recency)):
            if (row.source_text, row.target_text) in seen:
                continue
            seen.add((row.source_text, row.target_text))
            score = 1.0 if row.source_text == text else min(round(row.score, 3), 0.999)
            where = titles.get((row.content_type_id, row.object_id), "")
            matches.append(Match(score, row.source_text, row.target_text, where))
            if len(matches) == limit:
                break
        results[text] = matches
    return results


def exact_matches(texts, source_locale, target_locale):
    """{text: target text} for the texts the memory holds exactly (the most recent translation
    when it holds several). One query, on wagtail-localize's own index of string hashes (a
    trigram similarity of 1.0 would also take a text differing only in case or punctuation)."""
    by_hash = {String._get_data_hash(text): text for text in texts if text}
    if not by_hash:
        return {}
    rows = (
        memory_rows(_pk(source_locale), _pk(target_locale))
        .filter(translation_of__data_hash__in=by_hash)
        .order_by("updated_at")  # the newest last, so it wins
        .values_list("translation_of__data", "data")
    )
    return dict(rows)


def _pk(locale):
    return getattr(locale, "pk", locale)
