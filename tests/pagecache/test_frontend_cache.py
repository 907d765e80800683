"""A CDN or caching proxy in front gets the same purges, through Wagtail's front-end cache."""

import importlib
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests import factories

HTTP_BACKEND = "wagtail.contrib.frontend_cache.backends.HTTPBackend"


def settings_with_environment(**variables):
    """(WAGTAILFRONTENDCACHE, INSTALLED_APPS) of kartu.settings.base under `variables`."""
    os.environ.update(variables)
    try:
        import kartu.settings.base as base

        base = importlib.reload(base)
        return base.WAGTAILFRONTENDCACHE, base.INSTALLED_APPS
    finally:
        for name in variables:
            del os.environ[name]
        importlib.reload(base)


def test_no_cdn_settings_configure_no_front_end_cache():
    frontend_cache, installed_apps = settings_with_environment()
    assert frontend_cache == {}
    assert "wagtail.contrib.frontend_cache" not in installed_apps


def test_cdn_settings_configure_each_backend():
    frontend_cache, installed_apps = settings_with_environment(
        FRONTEND_CACHE_CLOUDFLARE_TOKEN="cf-token",
        FRONTEND_CACHE_CLOUDFLARE_ZONE_ID="zone-1",
        FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID="E123",
        FRONTEND_CACHE_PURGE_URL="http://varnish:6081",
    )
    assert frontend_cache == {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": "cf-token",
            "ZONEID": "zone-1",
        },
        "cloudfront": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": "E123",
        },
        "http": {"BACKEND": HTTP_BACKEND, "LOCATION": "http://varnish:6081"},
    }
    assert "wagtail.contrib.frontend_cache" in installed_apps


@pytest.fixture
def purge_server():
    """A caching proxy stand-in on a free local port: records the PURGE requests it gets."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):
            received.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()


def test_publishing_a_post_sends_purges_for_it_its_index_home_and_feeds(
    settings, site_tree, purge_server, django_capture_on_commit_callbacks
):
    location, received = purge_server
    settings.WAGTAILFRONTENDCACHE = {"proxy": {"BACKEND": HTTP_BACKEND, "LOCATION": location}}
    post = factories.NewsPageFactory(parent=site_tree.news_index, slug="muge", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
    paths = {path for _host, path in received}
    assert {"/lt/news/muge/", "/lt/news/", "/lt/", "/lt/feeds/news/rss/"} <= paths
    assert {host for host, _path in received} == {"localhost"}
    assert not any(path.startswith("/lv/") for path in paths), sorted(paths)


def test_editing_a_disclaimer_sends_purges_for_every_page_of_its_language(
    settings, site_tree, purge_server, django_capture_on_commit_callbacks
):
    location, received = purge_server
    settings.WAGTAILFRONTENDCACHE = {"proxy": {"BACKEND": HTTP_BACKEND, "LOCATION": location}}
    project = factories.ProjectPageFactory(parent=site_tree.project_index, slug="amatai")
    disclaimer = factories.FundingDisclaimerFactory(programme=project.programme)
    with django_capture_on_commit_callbacks(execute=True):
        disclaimer.save()
    paths = {path for _host, path in received}
    assert {"/lt/", "/lt/news/", "/lt/projects/", "/lt/projects/amatai/"} <= paths
