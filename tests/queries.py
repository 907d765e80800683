"""Counting the SQL queries a visitor's request costs, once every cache is warm."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url, params=None, status=200):
    """The queries of a third request for `url`. The first view makes what is made once (site
    settings rows, renditions), which starts a new generation of the shared frame cache
    (home/shared_cache.py); the second fills that cache; the third costs what every later
    visitor's does."""
    client.get(url, params)
    client.get(url, params)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == status
    return len(queries)
