"""Searching writes nothing to the database: the searches are counted for editors' "Search
terms" report in batches, by a background task."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query

from search import hits
from tests import factories

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@pytest.fixture
def crafts_fair(site_tree):
    return factories.NewsPageFactory(parent=site_tree.news_index, title="Amatų mugė")


@pytest.fixture
def batch(monkeypatch):
    """A fresh batch of this process's search counts, sent once two different terms wait."""
    fresh = hits.SearchHitBatch(max_age=3600, max_terms=2)
    monkeypatch.setattr(hits, "search_hits", fresh)
    return fresh


def test_search_page_writes_nothing_to_the_database(client, crafts_fair, batch):
    client.get("/lt/search/")  # the first request of a new site creates its settings rows
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/lt/search/", {"q": "mugė"}).content.decode()
    assert "Amatų mugė" in html
    assert [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(WRITES)] == []
    assert not Query.objects.exists()


def test_search_terms_reach_the_report_in_one_batch(client, crafts_fair, batch):
    client.get("/lt/search/", {"q": "mugė"})
    client.get("/lt/search/", {"q": "Mugė"})
    assert not Query.objects.exists()

    client.get("/lt/search/", {"q": "amatų"})  # the second term: the batch is sent

    assert Query.objects.get(query_string="mugė").hits == 2
    assert Query.objects.get(query_string="amatų").hits == 1


def test_a_batch_a_minute_old_is_sent_with_the_next_search(client, crafts_fair, monkeypatch):
    monkeypatch.setattr(hits, "search_hits", hits.SearchHitBatch(max_age=0))
    client.get("/lt/search/", {"q": "mugė"})
    assert Query.objects.get(query_string="mugė").hits == 1


def test_promoted_search_terms_are_read_without_creating_terms(client, crafts_fair, batch):
    client.get("/lt/search/", {"q": "niekas"})
    assert not Query.objects.filter(query_string="niekas").exists()
