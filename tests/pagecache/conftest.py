"""The page cache switched on, and the helpers its tests share."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pagecache.middleware import HEADER


@pytest.fixture
def page_cache(settings):
    """The page cache on, with the test settings' local-memory cache (emptied after each
    test by tests/conftest.py)."""
    settings.KARTU_PAGE_CACHE = True
    settings.KARTU_PAGE_CACHE_SECONDS = 300


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
