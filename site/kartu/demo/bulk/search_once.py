"""Read each search field of a page once when indexing it, not three times.

The gap: modelsearch's database backends (SQLite, PostgreSQL, MySQL: `ObjectIndexer`) build an
object's title, autocomplete text and body in three passes, and each pass reads the value of
every search field, so a StreamField body is walked (and its rich text stripped of tags) three
times. For 56,000 generated pages that was two thirds of the indexing time. No upstream issue
known to us; delete this module when `ObjectIndexer` reads each field once.

The work-around uses only what those indexers call: `obj.get_search_fields()`, looked up on the
object, is given per page as copies of the model's fields whose `get_value` remembers its
result. Elasticsearch/OpenSearch read the model's fields instead and are unaffected.
"""

import copy
from contextlib import contextmanager

from wagtail.search import index


def remembering(field, values):
    """A copy of the search `field` whose value is computed once per object (by id)."""
    once = copy.copy(field)

    def get_value(obj):
        key = (id(field), id(obj))
        if key not in values:
            values[key] = field.get_value(obj)
        return values[key]

    once.get_value = get_value
    return once


@contextmanager
def fields_read_once(model, pages):
    """While indexing `pages` of `model`, their search fields are each read once."""
    values = {}
    fields = [
        remembering(field, values)
        if isinstance(field, index.SearchField | index.AutocompleteField)
        else field
        for field in model.get_search_fields()
    ]
    for page in pages:
        page.get_search_fields = lambda: fields
    try:
        yield
    finally:
        for page in pages:
            del page.get_search_fields
