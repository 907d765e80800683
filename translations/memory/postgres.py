"""The memory on PostgreSQL: pg_trgm's `similarity()` for every text of a page in one query.

The `%` operator keeps to strings sharing enough trigrams (pg_trgm.similarity_threshold, 0.3 by
default) and can use the GIN trigram index on the strings' text that migration 0003 creates;
a LATERAL join keeps the best few per text.
"""

from django.db import connection

from translations.memory.candidates import TABLES, Candidate

QUERY = """
SELECT q.text, m.score, m.source_text, m.target_text, m.object_id, m.content_type_id, m.recency
FROM unnest(%s::text[]) AS q(text)
CROSS JOIN LATERAL (
    SELECT similarity(s.data, q.text) AS score, s.data AS source_text, t.data AS target_text,
           c.object_id, o.content_type_id, extract(epoch FROM t.updated_at) AS recency
    FROM {string} s
    JOIN {translation} t ON t.translation_of_id = s.id
    LEFT JOIN {context} c ON c.id = t.context_id
    LEFT JOIN {object} o ON o.translation_key = c.object_id
    WHERE s.locale_id = %s AND t.locale_id = %s AND NOT t.has_error
      AND s.data %% q.text AND similarity(s.data, q.text) >= %s
    ORDER BY score DESC, t.updated_at DESC
    LIMIT %s
) m
""".format(**TABLES)


def candidates(texts, source_locale_id, target_locale_id, limit, min_score):
    """{text: [Candidate, …]}, best first, in one query."""
    found = {}
    with connection.cursor() as cursor:
        cursor.execute(QUERY, [texts, source_locale_id, target_locale_id, min_score, limit])
        for text, score, *rest, recency in cursor.fetchall():
            found.setdefault(text, []).append(Candidate(float(score), *rest, float(recency)))
    return found
