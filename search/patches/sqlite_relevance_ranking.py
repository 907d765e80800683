"""Relevance ranking on SQLite that does not grow with the square of the matches.

django-modelsearch's SQLite backend (1.3, wagtail/django-modelsearch#85) orders results by
relevance through a correlated subquery: for every matching page it runs the full-text match
again to look up that page's score. A word found in 10,000 news posts took 5-8 seconds per
search page. Here the score is computed once per match, in the full-text query itself, which
sorts and slices the matches; the page of results is then loaded by primary key in that order.
Counts, facets, unsliced results and searches without relevance ordering are upstream's.

Used on SQLite only (settings choose it by database); on PostgreSQL Wagtail's database backend
ranks in one query. Delete this module, and set the BACKEND back to
"wagtail.search.backends.database", when modelsearch's SQLite backend no longer annotates the
score with a per-row subquery (`OuterRef("pk")` in `SQLiteSearchQueryCompiler.search`).
"""

from django.db.models import Case, CharField, F, FloatField, IntegerField, Value, When
from django.db.models.functions import Cast
from modelsearch.backends import database
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


class RankedSliceMixin:
    """For a slice of results ordered by relevance: rank in the full-text query, then load."""

    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if stop is None or not self.order_by_relevance or isinstance(query, MatchAll | Not):
            return super().search(config, start, stop, score_field=score_field)

        keys = self.queryset.annotate(_search_key=Cast("pk", CharField())).values("_search_key")
        ranked = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(
                    self.fields or self.FTS_TABLE_FIELDS,
                    self.build_search_query(query, config=config),
                )
            )
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(
                    self.queryset.model
                ),
                index_entry__object_id__in=keys,
            )
            .annotate(score=self._build_rank_expression(self.get_search_vectors(), config))
            # Lower bm25 is better; ties newest first, as upstream orders them.
            .order_by("score", self.newest_first())
            .values_list("index_entry__object_id", "score")[start:stop]
        )
        to_pk = self.queryset.model._meta.pk.to_python
        scores = [(to_pk(key), score) for key, score in ranked]
        position = Case(
            *(When(pk=pk, then=Value(index)) for index, (pk, _score) in enumerate(scores)),
            output_field=IntegerField(),
        )
        queryset = self.queryset.filter(pk__in=[pk for pk, _score in scores])
        if score_field is not None:
            queryset = queryset.annotate(
                **{
                    score_field: Case(
                        *(When(pk=pk, then=Value(score)) for pk, score in scores),
                        output_field=FloatField(),
                    )
                }
            )
        return queryset.order_by(position) if scores else queryset.none()

    def newest_first(self):
        """Descending primary keys, as numbers when they are (index entries store text)."""
        key = "index_entry__object_id"
        if isinstance(self.queryset.model._meta.pk, IntegerField):
            return Cast(key, IntegerField()).desc()
        return F(key).desc()


class RankedSQLiteSearchQueryCompiler(RankedSliceMixin, SQLiteSearchQueryCompiler):
    pass


class RankedSQLiteAutocompleteQueryCompiler(RankedSliceMixin, SQLiteAutocompleteQueryCompiler):
    pass


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = RankedSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = RankedSQLiteAutocompleteQueryCompiler


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in a backend module)
    """Wagtail's database backend, ranked as above when it is SQLite's full-text one (without
    FTS5, modelsearch falls back to a plain backend, kept as it is)."""
    backend = database.SearchBackend(params)
    if isinstance(backend, SQLiteSearchBackend):
        return RankedSQLiteSearchBackend(params)
    return backend
