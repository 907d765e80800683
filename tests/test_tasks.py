"""Background work: in production a task waits in the database for `manage.py db_worker`; in
dev and tests it runs in the request that enqueued it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django_tasks_db.models import DBTaskResult
from wagtail.models import Site

from tests.conftest import build_site_tree
from tests.worker import DATABASE_TASKS, run_worker

REPO = Path(__file__).resolve().parents[1]
INDEX_TASK = "modelsearch.tasks.insert_or_update_object_task"
REFERENCE_TASK = "wagtail.tasks.update_reference_index_task"


@pytest.fixture
def committed_site(base_tree):
    """The site tree in a test whose transactions commit, as the worker's do in production:
    the worker closes a connection found inside a transaction (PostgreSQL then drops it).
    The default site is recreated if an earlier transactional test flushed it away."""
    Site.objects.get_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": base_tree}
    )
    return build_site_tree()


@pytest.fixture
def production_tasks(settings):
    """The task backend production uses (KARTU_TASKS=database)."""
    settings.TASKS = DATABASE_TASKS


def publish_in_admin(client, parent, title):
    """Publish a new standard page under `parent` through the editor's form."""
    client.force_login(get_user_model().objects.create_superuser("editor", password="x"))
    response = client.post(
        f"/admin/pages/add/home/standardpage/{parent.pk}/",
        {
            "title": title,
            "slug": "kalviu-dirbtuves",
            "intro": "",
            "body-count": "0",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()


@pytest.mark.django_db(transaction=True)
def test_page_published_in_production_is_indexed_by_the_worker_not_in_the_request(
    client, committed_site, production_tasks
):
    publish_in_admin(client, committed_site.home, "Kalvių dirbtuvės")

    waiting = DBTaskResult.objects.filter(task_path=INDEX_TASK, status="READY")
    assert waiting.exists()
    assert "Kalvių dirbtuvės" not in client.get("/lt/search/", {"q": "Kalvių"}).content.decode()

    run_worker()

    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()
    assert "Kalvių dirbtuvės" in client.get("/lt/search/", {"q": "Kalvių"}).content.decode()


def test_publishing_in_production_leaves_the_reference_index_to_the_worker(
    client, site_tree, production_tasks
):
    publish_in_admin(client, site_tree.home, "Kalvių dirbtuvės")
    assert DBTaskResult.objects.filter(task_path=REFERENCE_TASK, status="READY").exists()


def test_page_published_in_tests_is_found_at_once(client, site_tree):
    publish_in_admin(client, site_tree.home, "Kalvių dirbtuvės")
    assert "Kalvių dirbtuvės" in client.get("/lt/search/", {"q": "Kalvių"}).content.decode()
    assert not DBTaskResult.objects.exists()


def task_backend_of(settings_module, **environ):
    env = {key: value for key, value in os.environ.items() if key != "KARTU_TASKS"}
    env.update(
        SECRET_KEY="a-long-random-production-secret-key-for-the-check-0123456789-abcdefghij",
        ALLOWED_HOSTS="kartu.example.org",
        **environ,
    )
    env.pop("DJANGO_SETTINGS_MODULE", None)
    code = "from django_tasks import task_backends; print(type(task_backends['default']).__name__)"
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "--no-imports",
            "-c",
            code,
            "--settings",
            settings_module,
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("settings_module", "environ", "backend"),
    [
        ("kartu.settings.dev", {}, "ImmediateBackend"),
        ("kartu.settings.production", {}, "DatabaseBackend"),
        ("kartu.settings.production", {"KARTU_TASKS": "immediate"}, "ImmediateBackend"),
    ],
)
def test_settings_run_tasks_in_the_request_in_dev_and_on_the_worker_in_production(
    settings_module, environ, backend
):
    assert task_backend_of(settings_module, **environ) == backend


@pytest.mark.django_db(transaction=True)
def test_email_in_production_is_sent_by_the_worker_not_in_the_request(
    client, committed_site, production_tasks, settings, mailoutbox
):
    settings.EMAIL_BACKEND = "home.background_email.BackgroundEmailBackend"
    settings.KARTU_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    get_user_model().objects.create_user("editor", email="editor@example.org", password="x")

    response = client.post("/admin/password_reset/", {"email": "editor@example.org"})
    assert response.status_code == 302
    assert mailoutbox == []

    run_worker()

    (message,) = mailoutbox
    assert message.to == ["editor@example.org"]
    assert "/admin/password_reset/confirm/" in message.body


def test_background_email_keeps_html_and_attachments(settings, mailoutbox):
    settings.EMAIL_BACKEND = "home.background_email.BackgroundEmailBackend"
    settings.KARTU_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    message = EmailMultiAlternatives("Ataskaita", "Tekstas", to=["a@example.org"])
    message.attach_alternative("<p>Tekstas</p>", "text/html")
    message.attach("ataskaita.csv", b"a,b\n1,2\n", "text/csv")
    message.send()

    (sent,) = mailoutbox
    assert (sent.subject, sent.body, sent.to) == ("Ataskaita", "Tekstas", ["a@example.org"])
    assert sent.alternatives[0][:2] == ("<p>Tekstas</p>", "text/html")
    assert sent.attachments[0][:3] == message.attachments[0][:3]
