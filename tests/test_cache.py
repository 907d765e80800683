"""CACHE_URL puts the shared cache in Redis, the real one on this machine."""

import importlib
import os

import pytest
from django.core.cache import caches
from django.test import override_settings


def settings_with_cache_url(url):
    os.environ["CACHE_URL"] = url
    try:
        import kartu.settings.base as base

        return importlib.reload(base).CACHES
    finally:
        del os.environ["CACHE_URL"]
        importlib.reload(base)


def test_cache_url_selects_redis():
    caches_setting = settings_with_cache_url("redis://127.0.0.1:6379/3")
    assert caches_setting["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert caches_setting["default"]["LOCATION"] == "redis://127.0.0.1:6379/3"


def test_no_cache_url_keeps_a_local_memory_cache():
    import kartu.settings.base as base

    assert base.CACHES["default"]["BACKEND"].endswith("LocMemCache")


def test_redis_cache_shares_values_between_cache_connections():
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/3").ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            raise
        pytest.skip("no Redis on 127.0.0.1:6379")
    with override_settings(CACHES=settings_with_cache_url("redis://127.0.0.1:6379/3")):
        caches["default"].set("kartu-test", {"projects": 5}, 30)
        # A second connection (as another app server would open) sees the same value.
        other = caches.create_connection("default")
        assert other.get("kartu-test") == {"projects": 5}
        other.delete("kartu-test")
