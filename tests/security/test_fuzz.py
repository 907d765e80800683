"""Nothing a visitor sends makes the site answer 5xx or show a traceback (DESIGN.md "Budgets").

Ten thousand malformed requests, made from a fixed seed (`fuzz_requests`), go through Django's
test client to every URL pattern (`fuzz_targets`) of a demo-like site, as anonymous visitors,
with the test settings' DEBUG=False and the page cache off (a cache would hide what a view does
with a request), django-axes on and one trusted proxy, as in production. Each request runs in a
savepoint of its own, rolled back when it failed, so that one failure on PostgreSQL does not
fail every request after it.
"""

import logging
import os
import re
import time

import pytest
from django.db import transaction
from django.test import Client

from tests.security.demo_site import built_once
from tests.security.fuzz_requests import FAMILIES, malformed_requests
from tests.security.fuzz_targets import admin_targets, public_targets

# KARTU_FUZZ_SEED and KARTU_FUZZ_REQUESTS fuzz further by hand (README "Fuzz test").
SEED = int(os.environ.get("KARTU_FUZZ_SEED", "20261130"))
REQUESTS = int(os.environ.get("KARTU_FUZZ_REQUESTS", "10000"))
# Shares of the requests: the pages of the tree; the other routes a visitor may use (the
# admin's login and password reset among them); the rest go to the admin's other routes, where
# an anonymous visitor must be sent to log in (cheap requests).
PAGES_SHARE, OPEN_SHARE = 0.15, 0.3
TRACEBACK = re.compile(
    rb"Traceback \(most recent call last\)|File \"[^\"]+\.py\", line \d+|Exception Value:"
    rb"|django\.db\.utils\.|psycopg\.errors|sqlite3\."
)
LOGIN_PATHS = ("/admin/login/", "/django-admin/login/")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with built_once(django_db_blocker) as demo:
        yield demo


@pytest.fixture
def production_like(settings):
    assert not settings.DEBUG  # error pages as visitors get them, no technical 500 page
    settings.AXES_ENABLED = True  # the login's failures are counted and locked out
    settings.KARTU_TRUSTED_PROXIES = 1  # X-Forwarded-For is read


def send(clients, request):
    """The status of the response to `request`, and what is wrong with it or None. In a
    savepoint, rolled back if it failed."""
    client = clients[request.csrf_checks]
    client.cookies.clear()
    with transaction.atomic():
        try:
            response = client.generic(
                request.method, "/", data=request.body, content_type="", **request.environ()
            )
        except Exception as escaped:  # past Django's own handling: the server answers 500
            transaction.set_rollback(True)
            return 500, f"500 {escaped!r:.300} escaped Django: {request}"
        if response.status_code >= 500:
            transaction.set_rollback(True)
            exc_info = getattr(response, "exc_info", None)
            reason = repr(exc_info[1])[:300] if exc_info else "no exception"
            return response.status_code, f"{response.status_code} {reason}: {request}"
    # The test client closed the response (a streaming one once read), as a WSGI server does.
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if TRACEBACK.search(content):
        return response.status_code, f"traceback in a {response.status_code}: {request}"
    return response.status_code, None


def sends_to_login(client, target):
    response = client.get(target.path)
    return response.status_code == 302 and response["Location"].startswith(LOGIN_PATHS)


def weighted(targets, share):
    """(target, weight) for each of `targets`: `share` split equally between their routes, a
    route's part equally between its targets."""
    per_route = {}
    for target in targets:
        per_route.setdefault(target.route.label, []).append(target)
    return [
        (target, share / len(per_route) / len(siblings))
        for siblings in per_route.values()
        for target in siblings
    ]


def aimed_targets(demo):
    client = Client()
    admin = admin_targets(demo)
    closed = [target for target in admin if sends_to_login(client, target)]
    opened = [target for target in admin if target not in closed]
    public = public_targets(demo)
    pages = [target for target in public if target.route.name == "wagtail_serve"]
    others = [target for target in public if target not in pages] + opened
    return [
        *weighted(pages, PAGES_SHARE),
        *weighted(others, OPEN_SHARE),
        *weighted(closed, 1 - PAGES_SHARE - OPEN_SHARE),
    ]


def test_malformed_requests_get_no_server_error_and_no_traceback(demo, db, production_like, caplog):
    targets = aimed_targets(demo)
    clients = {
        False: Client(raise_request_exception=False),
        True: Client(raise_request_exception=False, enforce_csrf_checks=True),
    }
    # Not-found warnings would fill the log; what is checked is errors and tracebacks.
    caplog.set_level(logging.ERROR, logger="django.request")
    failures, reached, families, statuses = [], set(), set(), {}
    started, cpu = time.perf_counter(), time.process_time()
    for request in malformed_requests(targets, REQUESTS, SEED):
        status, failed = send(clients, request)
        statuses[status] = statuses.get(status, 0) + 1
        reached.add(request.target.route.label)
        families.update(request.families)
        if failed:
            failures.append(failed)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"\nfuzz: {REQUESTS} requests in {elapsed:.1f} s ({REQUESTS / elapsed:.0f}/s), "
        f"{cpu:.1f} s of CPU; statuses {dict(sorted(statuses.items()))}"
    )

    assert failures == [], f"{len(failures)} failures:\n" + "\n".join(failures[:40])
    # django.security logs refused hosts and bodies (400s) with their exception, by design.
    logged = [
        f"{record.name}: {record.getMessage()[:200]}"
        for record in caplog.records
        if (record.levelno >= logging.ERROR or record.exc_info)
        and not record.name.startswith("django.security")
    ]
    assert logged == []
    assert reached == {target.route.label for target, _weight in targets}
    assert families == set(FAMILIES)
