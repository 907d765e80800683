"""App servers for tests that need real ones: gunicorn processes (bench.server.Gunicorn) running
the production settings against the test's own database and a shared Redis.

The settings are kartu.settings.production, changed only where plain HTTP on 127.0.0.1 needs it
(no secure-only cookies, static files from the finders). The database is the test database: on
PostgreSQL the servers connect to it (so the test must be `django_db(transaction=True)`, for them
to see what it wrote); on SQLite it is copied to a file for them. Outside CI a missing Redis
skips the test loudly; in CI (CI=1) it fails. Servers, their logs and the Redis keys they wrote
are removed when the test ends, failed or not.
"""

import itertools
import os
import sqlite3
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

from bench.server import Gunicorn

REPO = Path(__file__).resolve().parents[1]
SERVER_SETTINGS = """
from kartu.settings.production import *  # noqa: F403

SESSION_COOKIE_SECURE = False  # plain HTTP on 127.0.0.1
CSRF_COOKIE_SECURE = False
SECURE_SSL_REDIRECT = False
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_USE_FINDERS = True
KARTU_REQUIRE_2FA = False  # staff sign in with a password here; two-factor has tests of its own
"""


@contextmanager
def shared_redis(url, purpose):
    """A key prefix of our own in the Redis at `url`, its keys deleted afterwards; the test is
    skipped (failed under CI=1) when no Redis answers there."""
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(url)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"!! NO REDIS at {url}: the {purpose} test did not run")
    prefix = f"kartu-live-{uuid.uuid4().hex[:8]}"
    try:
        yield prefix
    finally:
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


def is_postgresql():
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


def shared_database_url(tmp_path):
    """A DATABASE_URL for the servers that reaches what the test wrote."""
    db = settings.DATABASES["default"]
    if not is_postgresql():
        path = tmp_path / "shared.sqlite3"
        target = sqlite3.connect(path)
        connection.ensure_connection()
        connection.connection.backup(target)
        target.close()
        return f"sqlite:///{path}"
    user = f"{db['USER']}:{db['PASSWORD']}@" if db["PASSWORD"] else f"{db['USER']}@"
    return f"postgres://{user}{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


@contextmanager
def app_servers(tmp_path, redis_url, prefix, count=2, threads=1):
    """`count` gunicorn servers (one worker of `threads` threads each) sharing the test database
    and Redis; yields their base URLs. They start side by side and stop on the way out."""
    (tmp_path / "live_server_settings.py").write_text(SERVER_SETTINGS)
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO / "site"), str(REPO)]),
        "DJANGO_SETTINGS_MODULE": "live_server_settings",
        "SECRET_KEY": "live-servers-test-only",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": shared_database_url(tmp_path),
        "CACHE_URL": redis_url,
        "CACHE_KEY_PREFIX": prefix,
        "KARTU_PAGE_CACHE": "1",
        "KARTU_TASKS": "immediate",  # no worker runs beside these servers
        "DB_CONN_MAX_AGE": "0",
    }
    servers = [
        Gunicorn(
            environment,
            tmp_path / f"server-{number}.log",
            ready_path="/robots.txt",
            workers=1,
            threads=threads,
        )
        for number in range(count)
    ]
    with ExitStack() as stack, ThreadPoolExecutor(count) as pool:
        starting = [pool.submit(stack.enter_context, server) for server in servers]
        for started in starting:
            started.result()  # raises if a server did not start; the stack stops the others
        yield [server.base_url for server in servers]


@contextmanager
def gunicorn_servers(log_folder):
    """`start(environment) -> base URL`: a one-worker gunicorn with that environment (any
    settings), stopped with the others on the way out."""
    numbers = itertools.count()
    with ExitStack() as stack:

        def start(environment):
            log = Path(log_folder) / f"server-{next(numbers)}.log"
            server = Gunicorn(environment, log, ready_path="/robots.txt", workers=1)
            return stack.enter_context(server).base_url

        yield start


def set_password(user, password):
    """Hashed for the production settings' hashers, not the test settings' fast MD5."""
    user.password = PBKDF2PasswordHasher().encode(password, "kartu", 1000)
    user.save(update_fields=["password"])


def log_in(base, username, password):
    """A requests.Session signed in through the admin's login form."""
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


class FormFields(HTMLParser):
    """The fields a browser would submit from a form of the admin (without JavaScript), and
    every `data-w-swap-src-value` (the editing session's ping address)."""

    def __init__(self):
        super().__init__()
        self.fields, self.textarea, self.select, self.ping_urls = {}, None, None, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if "data-w-swap-src-value" in attrs:
            self.ping_urls.append(attrs["data-w-swap-src-value"])
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


def read_form(session, url):
    """GET `url` and parse it: a FormFields."""
    response = session.get(url, timeout=30)
    assert response.status_code == 200, (url, response.status_code)
    parser = FormFields()
    parser.feed(response.text)
    return parser
