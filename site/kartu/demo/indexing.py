"""Index each object the demo saves once, at the end, instead of on every save.

A page is saved several times while it is created, published and translated; updating the
search index and Wagtail's reference index on each save took a third of the run.
"""

from contextlib import contextmanager

from django.db import connection
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def deferred_indexing():
    saved = {}
    searchable = [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]

    def remember(sender, instance, raw=False, **kwargs):
        if not raw and (sender in searchable or ReferenceIndex.is_indexed(sender)):
            saved[(sender, instance.pk)] = True

    for model in searchable:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="kartu-demo-deferred-indexing")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="kartu-demo-deferred-indexing")
        for model in searchable:
            post_save.connect(post_save_signal_handler, sender=model)
    for model, pk in saved:
        instance = model._default_manager.filter(pk=pk).first()
        if instance is None:
            continue
        if model in searchable:
            index.insert_or_update_object(instance)
        if ReferenceIndex.is_indexed(model):
            ReferenceIndex.create_or_update_for_object(instance)


def refresh_planner_statistics():
    """ANALYZE after a bulk load, as databases advise. Without statistics SQLite's planner
    takes `alias_of IS NULL` (true of every page) for a narrow index and reads the whole page
    table for a home page's latest news; PostgreSQL's autovacuum would get there later."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
