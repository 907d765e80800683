"""Two app servers, one truth: gunicorn A and gunicorn B share one Redis and one database; an
editor publishes through A's admin, and B serves the new page on its very next request.

The servers run the production settings (kartu.settings.production), changed only where plain
HTTP on 127.0.0.1 needs it (no secure-only cookies, static files from the finders). The
database is the test database: on PostgreSQL the servers connect to it; on SQLite it is copied
to a file for them. Outside CI a missing Redis skips the test loudly; in CI (CI=1) it fails.
"""

import os
import sqlite3
import uuid
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import User
from django.db import connection
from wagtail.models import Site

from pagecache.middleware import HEADER
from tests import factories

REPO = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/9"
SERVER_SETTINGS = """
from kartu.settings.production import *  # noqa: F403

SESSION_COOKIE_SECURE = False  # plain HTTP on 127.0.0.1
CSRF_COOKIE_SECURE = False
SECURE_SSL_REDIRECT = False
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_USE_FINDERS = True
"""


@pytest.fixture
def redis_url():
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            raise
        pytest.skip("!! NO REDIS on 127.0.0.1:6379: the two-server page cache test did not run")
    prefix = f"kartu-two-servers-{uuid.uuid4().hex[:8]}"
    yield REDIS_URL, prefix
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def shared_database_url(tmp_path):
    """A DATABASE_URL for the servers that reaches what this test wrote."""
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        path = tmp_path / "shared.sqlite3"
        target = sqlite3.connect(path)
        connection.ensure_connection()
        connection.connection.backup(target)
        target.close()
        return f"sqlite:///{path}"
    user = f"{db['USER']}:{db['PASSWORD']}@" if db["PASSWORD"] else f"{db['USER']}@"
    return f"postgres://{user}{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


class FormFields(HTMLParser):
    """The fields a browser would submit from the page editor (without JavaScript)."""

    def __init__(self):
        super().__init__()
        self.fields, self.textarea, self.select = {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "checkbox", "file"):
            self.fields[name] = attrs.get("value") or ""
        elif tag == "input" and name and attrs.get("type") == "checkbox" and "checked" in attrs:
            self.fields[name] = attrs.get("value") or "on"
        elif tag == "textarea" and name:
            self.textarea, self.fields[name] = name, ""
        elif tag == "select" and name:
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields[self.select] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data


def log_in(base, username, password):
    session = requests.Session()
    session.get(f"{base}/admin/login/", timeout=10)
    response = session.post(
        f"{base}/admin/login/",
        {
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        timeout=10,
    )
    assert response.url == f"{base}/admin/", response.status_code
    return session


def publish_title_through_the_admin(session, base, page_id, title):
    edit_url = f"{base}/admin/pages/{page_id}/edit/"
    parser = FormFields()
    parser.feed(session.get(edit_url, timeout=10).text)
    # The body's StreamField inputs are drawn by JavaScript; the page's body is empty.
    fields = {"body-count": "0", **parser.fields, "title": title, "action-publish": "publish"}
    response = session.post(edit_url, fields, timeout=30)
    assert response.status_code == 200 and "/edit/" not in response.url, response.url


@pytest.mark.django_db(transaction=True)
def test_a_page_published_through_one_server_is_new_on_the_other_at_once(
    base_tree, redis_url, start_server, tmp_path
):
    home = factories.HomePageFactory(parent=base_tree, title="Pradžia", slug="pradzia")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "127.0.0.1", "root_page": home}
    )
    page = factories.StandardPageFactory(parent=home, title="Senas pavadinimas", slug="apie")
    editor = User.objects.create_superuser("redaktore", "redaktore@example.org")
    # Hashed for the production settings' hashers, not the test settings' fast MD5.
    editor.password = PBKDF2PasswordHasher().encode("two-servers-pass", "kartu", 1000)
    editor.save()
    (tmp_path / "two_servers_settings.py").write_text(SERVER_SETTINGS)
    cache_url, prefix = redis_url
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO / "site"), str(REPO)]),
        "DJANGO_SETTINGS_MODULE": "two_servers_settings",
        "SECRET_KEY": "two-servers-test-only",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": shared_database_url(tmp_path),
        "CACHE_URL": cache_url,
        "CACHE_KEY_PREFIX": prefix,
        "KARTU_PAGE_CACHE": "1",
        "DB_CONN_MAX_AGE": "0",
    }
    server_a, server_b = start_server(environment), start_server(environment)

    for expected in ["miss", "hit"]:
        response = requests.get(f"{server_b}/lt/apie/", timeout=10)
        assert response.headers.get(HEADER) == expected, sorted(response.headers.items())[-8:]
        assert "Senas pavadinimas" in response.text

    editor = log_in(server_a, "redaktore", "two-servers-pass")
    publish_title_through_the_admin(editor, server_a, page.pk, "Naujas pavadinimas")

    response = requests.get(f"{server_b}/lt/apie/", timeout=10)
    assert "Naujas pavadinimas" in response.text
    assert response.headers.get(HEADER) == "miss"
