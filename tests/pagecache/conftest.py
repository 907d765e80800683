"""The helpers the page cache's tests share (the `page_cache` fixture is in tests/conftest.py)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from pagecache.middleware import HEADER


def cache_state(response):
    """`hit`, `miss` (rendered and stored) or None (rendered, not stored)."""
    return response.headers.get(HEADER)


def visit(client, url):
    """GET `url` as an anonymous visitor; (response, number of SQL queries)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def warm(client, *urls):
    """Visit each address until it is stored, and check that it is."""
    for url in urls:
        client.get(url)
        assert cache_state(client.get(url)) == "hit", url
