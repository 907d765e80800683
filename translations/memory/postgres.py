"""The memory on PostgreSQL: pg_trgm's trigram similarity for every text of a page in one query.

For each text a LATERAL join walks the GiST trigram index of migration 0005 nearest first
(`<->`, the distance 1 − similarity) and stops at the `limit` nearest strings of the source
locale that have a translation into the target locale; only then are their translations,
contexts and pages joined. The index keeps each string's trigrams, so no string is split into
trigrams again per text: comparing every text with every string through `similarity()` did that
50 × 3,000 times for a page, and neither the GIN index nor a threshold through `%` helped
(README: measured). No `%`, so no dependence on pg_trgm.similarity_threshold either.

Texts are compared by their first `PREFIX` characters, the length the index holds: a GiST
entry must fit in a page, and the trigrams of a longer paragraph would not.
"""

from django.db import connection

from translations.memory.candidates import TABLES, Candidate

PREFIX = 2000  # the same number as in the index of migration 0005, or the index goes unused

QUERY = """
SELECT q.text, 1 - near.distance AS score, near.data AS source_text, t.data AS target_text,
       c.object_id, o.content_type_id, extract(epoch FROM t.updated_at) AS recency
FROM unnest(%(texts)s::text[]) AS q(text)
CROSS JOIN LATERAL (
    SELECT s.id, s.data, left(s.data, {prefix}) <-> left(q.text, {prefix}) AS distance
    FROM {string} s
    WHERE s.locale_id = %(source)s AND EXISTS (
        SELECT FROM {translation} t
        WHERE t.translation_of_id = s.id AND t.locale_id = %(target)s AND NOT t.has_error
    )
    ORDER BY left(s.data, {prefix}) <-> left(q.text, {prefix})
    LIMIT %(limit)s
) near
CROSS JOIN LATERAL (
    SELECT t.data, t.context_id, t.updated_at
    FROM {translation} t
    WHERE t.translation_of_id = near.id AND t.locale_id = %(target)s AND NOT t.has_error
    ORDER BY t.updated_at DESC
    LIMIT %(limit)s
) t
LEFT JOIN {context} c ON c.id = t.context_id
LEFT JOIN {object} o ON o.translation_key = c.object_id
WHERE 1 - near.distance >= %(min_score)s
""".format(prefix=PREFIX, **TABLES)


def candidates(texts, source_locale_id, target_locale_id, limit, min_score):
    """{text: [Candidate, …]}, best first, in one query: the `limit` nearest strings of each
    text, each with its `limit` newest translations."""
    params = {
        "texts": texts,
        "source": source_locale_id,
        "target": target_locale_id,
        "limit": limit,
        "min_score": min_score,
    }
    found = {}
    with connection.cursor() as cursor:
        cursor.execute(QUERY, params)
        for text, score, *rest, recency in cursor.fetchall():
            found.setdefault(text, []).append(Candidate(float(score), *rest, float(recency)))
    for rows in found.values():
        rows.sort(key=lambda row: (-row.score, -row.recency))
    return found
