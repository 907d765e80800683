"""security/page_write_lock.py: a write that arrives while another request is between reading a
page and saving it waits for that request, instead of slipping in between.

Each test stops one request just after it has read the page (a wrapper on its database
connection) and sends the other write meanwhile. Without the lock the other write completes in
that pause and the first request goes on with what it read before; with it, the other write
waits, and the pause ends by its timeout. PostgreSQL only: it is where several app servers
write at once (SQLite has one writer at a time and serves one app server).
"""

import json
import threading
from contextlib import contextmanager

import pytest
from django.contrib.auth.models import User
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from wagtail_localize.models import TranslationSource

from projects.models import ProjectContact, ProjectPage
from tests import factories
from tests.live_servers import FormFields, is_postgresql

PAUSE = 1.5  # seconds the first request waits for the other write to finish

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not is_postgresql(),
        reason="PostgreSQL only: the lock is for several app servers writing at once, which "
        "SQLite does not serve; CI runs it on PostgreSQL",
    ),
]


@contextmanager
def paused_after(table, other_write_done):
    """On this thread's connection: after the first query that reads `table`, wait until
    `other_write_done` is set (or PAUSE has passed). Yields the event set at that moment."""
    read = threading.Event()

    def wrapper(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not read.is_set() and f'FROM "{table}"' in sql and "FOR UPDATE" not in sql:
            read.set()
            other_write_done.wait(PAUSE)
        return result

    with connection.execute_wrapper(wrapper):
        yield read


def in_thread(function):
    """Start `function` in a thread of its own (with its own database connection)."""
    failures = []

    def run():
        try:
            function()
        except Exception as error:  # reported by the test's assertions on `failures`
            failures.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, failures


@pytest.fixture
def project(base_tree, translate):
    home = factories.HomePageFactory(parent=base_tree, title="Pradžia", slug="pradzia")
    index = factories.ProjectIndexPageFactory(parent=home, title="Projektai")
    project = factories.ProjectPageFactory(parent=index, title="Senas pavadinimas", intro="")
    factories.ProjectPartnerFactory(page=project, role="lead")
    ProjectContact.objects.create(page=project, name="Ona Puodžiūtė", role="Sena rolė")
    project.save_revision().publish()
    for page in [home, index, project]:
        translate(page, "lv")
    return ProjectPage.objects.get(pk=project.pk)


def signed_in_client():
    client = Client()
    client.force_login(User.objects.get_or_create(username="admin", is_superuser=True)[0])
    return client


def publish_new_version(project_pk, done):
    """What any publisher does (the editor, a workflow's approval, scheduled publishing):
    a new title and a new role for the contact person, in one publish."""
    page = ProjectPage.objects.get(pk=project_pk)
    page.title = "Naujas pavadinimas"
    contact = page.contacts.get()
    contact.role = "Nauja rolė"
    page.contacts = [contact]
    page.save_revision().publish()
    done.set()


def test_a_publish_during_a_sync_waits_and_the_extract_is_one_version(project):
    source = TranslationSource.objects.get_for_instance(project)
    published = threading.Event()
    client = signed_in_client()

    with paused_after("projects_projectpage", published) as page_read:

        def publish_once_the_page_is_read():
            page_read.wait(10)
            publish_new_version(project.pk, published)

        publisher, failures = in_thread(publish_once_the_page_is_read)
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    publisher.join(30)
    assert response.status_code == 302 and failures == []

    extract = json.loads(TranslationSource.objects.get(pk=source.pk).content_json)
    roles = [contact["role"] for contact in extract["contacts"]]
    assert (extract["title"], roles) == ("Senas pavadinimas", ["Sena rolė"])
    assert ProjectPage.objects.get(pk=project.pk).title == "Naujas pavadinimas"  # it went on


def autosave(client, page, fields):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        fields,
        headers={"accept": "application/json"},
    ).json()


def edit_form_fields(client, page, **changes):
    """The edit form's fields as the editor loaded them, with `changes`."""
    form = FormFields()
    form.feed(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).text)
    return {**form.fields, "body-count": "0", **changes}


def test_an_autosave_during_another_waits_and_is_refused_as_out_of_date(project):
    first_client, second_client = signed_in_client(), signed_in_client()
    first_fields = edit_form_fields(first_client, project, title="Pirmojo redaktoriaus")
    second_fields = edit_form_fields(second_client, project, title="Antrojo redaktoriaus")
    first_saved, results = threading.Event(), {}

    with paused_after("wagtailcore_revision", first_saved) as revision_read:

        def second_once_the_first_has_read():
            revision_read.wait(10)
            results["second"] = autosave(second_client, project, second_fields)
            first_saved.set()

        second, failures = in_thread(second_once_the_first_has_read)
        results["first"] = autosave(first_client, project, first_fields)
    second.join(30)
    assert failures == []

    assert results["first"]["success"] is True
    assert (results["second"]["success"], results["second"]["error_code"]) == (
        False,
        "invalid_revision",
    )
    titles = [r.content["title"] for r in ProjectPage.objects.get(pk=project.pk).revisions.all()]
    assert "Antrojo redaktoriaus" not in titles
