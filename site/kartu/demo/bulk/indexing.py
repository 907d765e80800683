"""Indexing pages inserted in bulk (no save, so no signal indexed them): the search index of
every search backend, one call per batch of pages, and Wagtail's reference index (what the
admin's "Usage" of images, snippets and pages counts), its rows inserted per batch.

The pages are indexed as they were built, with their relations set in memory (see the builders'
`related()`): indexing objects fetched back from the database cost a query per page for each
many-to-many field and for tags, on each of the three passes the database backend makes.
"""

from django.contrib.contenttypes.models import ContentType
from modelcluster.models import get_all_child_relations
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends

from .search_once import fields_read_once


class Indexer:
    def __init__(self, references=True):
        self.backends = list(get_search_backends(with_auto_update=True))
        self.references = references

    def add(self, model, pages):
        """Index new `pages` of `model`, whose relations the builder set in memory."""
        for relation in get_all_child_relations(model):
            name = relation.get_accessor_name()
            for page in pages:
                if not getattr(page, name).is_deferring:  # a new page has no such rows
                    setattr(page, name, [])
        with fields_read_once(model, pages):
            for backend in self.backends:
                backend.add_bulk(model, pages)
        if self.references and ReferenceIndex.is_indexed(model):
            add_references(model, pages)


def add_references(model, pages):
    """What `ReferenceIndex.create_or_update_for_object` records for each of `pages`, new
    pages with nothing recorded yet, inserted at once rather than page by page (which, with
    its query for existing rows, took 5 ms a page). It uses two private helpers of Wagtail
    8.0's ReferenceIndex; should they change, call `create_or_update_for_object` instead."""
    content_type = ContentType.objects.get_for_model(model)
    base_content_type = ContentType.objects.get_for_model(model._meta.get_parent_list()[-1])
    rows = [
        ReferenceIndex(
            content_type=content_type,
            base_content_type=base_content_type,
            object_id=page.pk,
            to_content_type_id=to_content_type_id,
            to_object_id=to_object_id,
            model_path=model_path,
            content_path=content_path,
            content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
        )
        for page in pages
        for to_content_type_id, to_object_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(page)
        )
    ]
    ReferenceIndex.objects.bulk_create(rows, batch_size=500)
