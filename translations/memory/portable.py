"""The memory on any database (SQLite in development and tests): one query loads the language
pair's translations of a length that could reach the minimum score, and difflib scores them.

A candidate must share half the text's words (an inverted index built per call; only the
`MOST_COMPARED` sharing most go on) and pass difflib's cheap upper bounds before the full ratio
is computed (README: measured).
"""

import re
from collections import Counter
from difflib import SequenceMatcher

from django.db.models import F

from translations.memory.candidates import Candidate, memory_rows

WORD = re.compile(r"\w{3,}")
# A candidate must share at least this share of the text's words, and only the candidates
# sharing the most are compared: difflib's full ratio is what costs.
WORD_OVERLAP = 0.5
MOST_COMPARED = 25


def words(text):
    return set(WORD.findall(text.lower()))


def candidates(texts, source_locale_id, target_locale_id, limit, min_score):
    """{text: [Candidate, …]}, best first, in one query."""
    # difflib's ratio is 2·matches / (len a + len b), at most 2·shorter / (sum): lengths
    # further apart than this cannot reach `min_score`.
    spread = min_score / (2 - min_score)
    lengths = [len(text) for text in texts]
    shortest, longest = int(min(lengths) * spread), int(max(lengths) / spread) + 1
    rows = list(
        memory_rows(source_locale_id, target_locale_id)
        .annotate(
            source_text=F("translation_of__data"),
            object_id=F("context__object_id"),
            content_type_id=F("context__object__content_type_id"),
        )
        .values_list("source_text", "data", "object_id", "content_type_id", "updated_at")
        .order_by("-updated_at")
    )
    index = {}
    for number, row in enumerate(rows):
        if shortest <= len(row[0]) <= longest:
            for word in words(row[0]):
                index.setdefault(word, []).append(number)
    found = {}
    for text in texts:
        text_words = words(text)
        shared = Counter()
        for word in text_words:
            shared.update(index.get(word, ()))
        needed = max(1, int(len(text_words) * WORD_OVERLAP))
        numbers = [n for n, count in shared.most_common(MOST_COMPARED) if count >= needed]
        if not text_words:  # a text of short words only: compare with everything
            numbers = range(len(rows))
        scored = []
        for number in numbers:
            source_text, target_text, object_id, content_type_id, updated_at = rows[number]
            if not spread * len(text) <= len(source_text) <= len(text) / spread:
                continue
            matcher = SequenceMatcher(None, text, source_text, autojunk=False)
            if matcher.real_quick_ratio() < min_score or matcher.quick_ratio() < min_score:
                continue
            score = matcher.ratio()
            if score >= min_score:
                scored.append(
                    Candidate(
                        score,
                        source_text,
                        target_text,
                        object_id,
                        content_type_id,
                        updated_at.timestamp(),
                    )
                )
        scored.sort(key=lambda candidate: (-candidate.score, -candidate.recency))
        found[text] = scored[:limit]
    return found
