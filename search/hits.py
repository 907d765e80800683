"""How often visitors search for what, for editors (Wagtail's "Search terms" report and the
promotions chooser), without a database write on the search page's request.

Each process counts the searches it serves and hands the counts to a background task when the
oldest is a minute old or a hundred different terms are waiting: one task per batch instead of
Wagtail's get-or-create and update per search. A process that stops loses its unsent counts
(at most a minute's): they are statistics, not records.
"""

import threading
import time
from collections import Counter

from django.db.models import F
from django.utils import timezone
from django_tasks import task
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string


@task()
def record_search_hits(hits, date):
    """Add each term's searches (`{term: count}`) to its hits on `date` (ISO format)."""
    for query_string, count in hits.items():
        daily_hits, _created = QueryDailyHits.objects.get_or_create(
            query=Query.get(query_string), date=date
        )
        QueryDailyHits.objects.filter(pk=daily_hits.pk).update(hits=F("hits") + count)


class SearchHitBatch:
    """The searches this process served since its last batch was sent."""

    def __init__(self, max_age=60.0, max_terms=100):
        self.max_age, self.max_terms = max_age, max_terms
        self._hits = Counter()
        self._started = 0.0
        self._lock = threading.Lock()

    def record(self, query_string):
        """Count one search; send the batch to `record_search_hits` when it is due."""
        with self._lock:
            if not self._hits:
                self._started = time.monotonic()
            self._hits[normalise_query_string(query_string)] += 1
            due = (
                len(self._hits) >= self.max_terms
                or time.monotonic() - self._started >= self.max_age
            )
            if not due:
                return
            hits, self._hits = dict(self._hits), Counter()
        record_search_hits.enqueue(hits, timezone.localdate().isoformat())


search_hits = SearchHitBatch()
