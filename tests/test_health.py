"""`/health/` tells a load balancer whether this server can serve, and nothing more."""

import datetime

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from search.hits import record_search_hits
from tests.worker import DATABASE_TASKS

EVERY_CHECK = {"database", "cache", "storage", "migrations"}


def health(client):
    response = client.get("/health/")
    return response.status_code, response.json()


@pytest.mark.django_db
def test_a_healthy_server_answers_ok_for_every_check(client):
    status, body = health(client)
    assert status == 200
    assert body == {"status": "ok", "checks": dict.fromkeys(EVERY_CHECK, "ok")}


@pytest.mark.django_db
def test_the_answer_is_never_cached(client):
    response = client.get("/health/")
    assert "no-cache" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]


@pytest.mark.django_db
def test_an_unreachable_cache_is_reported_down_without_saying_where_it_is(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        },
    }
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "down"
    assert b"127.0.0.1" not in response.content and b"redis" not in response.content.lower()


@pytest.mark.django_db(transaction=True)
def test_with_the_database_task_backend_a_queue_no_worker_takes_is_reported(client, settings):
    settings.TASKS = DATABASE_TASKS
    status, body = health(client)
    assert status == 200 and body["checks"]["tasks"] == "ok"
    waiting = record_search_hits.enqueue({"amatai": 1}, "2026-11-30")
    DBTaskResult.objects.filter(pk=waiting.id).update(
        enqueued_at=timezone.now() - datetime.timedelta(minutes=10)
    )
    status, body = health(client)
    assert status == 503 and body["checks"]["tasks"] == "down"


@pytest.mark.django_db
def test_without_a_task_worker_configured_the_tasks_check_is_left_out(client):
    _status, body = health(client)
    assert "tasks" not in body["checks"]
