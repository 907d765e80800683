"""Concurrent editing loses nothing (issue 12, item 7).

Two editors of the Communications group edit the same project page through two app servers
(gunicorn, production settings, PostgreSQL, Redis: tests/live_servers.py) while a third member
syncs its Latvian translation ("Sync translated pages", publishing at once). Each round does what
Wagtail 8's editor does in their browsers:

1. Both editors open the page editor, one on each server.
2. At one moment, both editors' changes go out as the editor's autosave sends them (a JSON
   request carrying the revision the editor loaded), and the sync runs. Wagtail accepts one save
   and refuses the other ("Saving will overwrite a newer version.").
3. The refused editor's editing session pings, as the editor does when autosave stops, and hears
   that the other saved a new version, with the warning of the save dialog.
4. At one moment, both click "Publish" (the refused one after "Continue" in that dialog) and the
   sync runs again. Wagtail accepts both: the history keeps both revisions, the live page is one.

Each round checks that every accepted save is a revision with its content, that the live page
and its Latvian translation each equal one saved version, field for field and row for row (the
contact persons are rows of their own), and that both servers serve what is live.
"""

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial

import pytest
import requests
from django.urls import reverse
from wagtail.models import Site
from wagtail_localize.models import TranslationSource

from pagecache.middleware import HEADER
from projects.models import ProjectContact, ProjectPage
from tests import factories
from tests.conftest import translate_now
from tests.live_servers import (
    app_servers,
    is_postgresql,
    log_in,
    read_form,
    set_password,
    shared_redis,
)
from tests.translations.users import make_user
from translations.roles import COMMUNICATIONS, setup_roles

REDIS_URL = "redis://127.0.0.1:6379/10"
PASSWORD = "concurrent-editing-pass"
ROUNDS = 5
FIRST_VERSION = ("Senieji amatai", "Pradinis įvadas", ("Koordinatorė",))
# The first version is translated; later ones are not, so the Latvian page shows their
# Lithuanian strings (wagtail-localize's fallback) and tells which version it was made from.
LATVIAN = {"Senieji amatai": "Senā amatniecība", "Pradinis įvadas": "Sākotnējais ievads"}
LATVIAN["Koordinatorė"] = "Koordinatore"

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not is_postgresql(),
        reason="PostgreSQL only: saves from two app servers at once need a database that "
        "takes writes from several connections (SQLite is for one server); CI runs it on "
        "PostgreSQL",
    ),
]


@dataclass
class Editor:
    name: str
    session: requests.Session
    base: str
    form: dict = field(default_factory=dict)
    ping_url: str = ""

    def version(self, number):
        """What this editor writes in round `number`: (title, intro, (contact's role,))."""
        first = self.name.split()[0]
        return (f"Amatai {first} {number}", f"Įvadas {first} {number}", (f"Vaidmuo {first}",))


def version_of(page):
    """(title, intro, (role of each contact, …)) of a saved ProjectPage."""
    return (page.title, page.intro.strip(), tuple(c.role for c in page.contacts.all()))


def version_in(data):
    """The same, of a page serialised by Wagtail (a revision) or wagtail-localize (an extract)."""
    roles = tuple(contact["role"] for contact in data.get("contacts", []))
    return (data["title"], data["intro"].strip(), roles)


def in_latvian(version):
    title, intro, roles = version
    return (
        LATVIAN.get(title, title),
        LATVIAN.get(intro, intro),
        tuple(map(LATVIAN.get, roles, roles)),
    )


def at_once(*calls):
    """Run the calls in threads released together; their results, in order."""
    barrier = threading.Barrier(len(calls))

    def run(call):
        barrier.wait(timeout=30)
        return call()

    with ThreadPoolExecutor(len(calls)) as pool:
        return [future.result() for future in [pool.submit(run, call) for call in calls]]


def edit_url(editor, page):
    return editor.base + reverse("wagtailadmin_pages:edit", args=[page.pk])


def open_editor(editor, page):
    form = read_form(editor.session, edit_url(editor, page))
    editor.form, editor.ping_url = form.fields, form.ping_urls[0]


def submission(editor, number):
    title, intro, (role,) = editor.version(number)
    # The body's StreamField inputs are drawn by JavaScript; the page's body is empty.
    changes = {"title": title, "intro": intro, "contacts-0-role": role, "body-count": "0"}
    return {**editor.form, **changes}


def autosave(editor, page, number):
    """The editor's autosave: the whole form, as its JSON-expecting fetch() sends it."""
    response = editor.session.post(
        edit_url(editor, page),
        submission(editor, number),
        headers={"Accept": "application/json", "X-CSRFToken": editor.form["csrfmiddlewaretoken"]},
        timeout=60,
    )
    assert response.headers["Content-Type"] == "application/json", response.text[:500]
    return response.json()


def publish(editor, page, number):
    """The editor's "Publish" button: the form as the browser submits it. Published, Wagtail
    sends the editor to the page listing (not followed: that is a page of its own)."""
    fields = {**submission(editor, number), "action-publish": "publish"}
    response = editor.session.post(
        edit_url(editor, page), fields, timeout=60, allow_redirects=False
    )
    assert response.status_code == 302, response.text[:500]
    assert "/edit/" not in response.headers["Location"]


def ping(editor):
    """The editing session's ping, with the revision the editor loaded, as the editor sends it
    once autosave has stopped with unsaved changes."""
    response = editor.session.post(
        editor.base + editor.ping_url,
        {
            "is_editing": "1",
            "revision_id": editor.form["revision_id"],
            "revision_created_at": editor.form["revision_created_at"],
        },
        headers={"X-CSRFToken": editor.form["csrfmiddlewaretoken"]},
        timeout=30,
    )
    assert response.status_code == 200, response.text[:500]
    return response.json()


def sync_translations(manager, source):
    """ "Sync translated pages" with "Publish immediately": the form is read now, sent by the
    function returned."""
    url = manager.base + reverse("wagtail_localize:update_translations", args=[source.pk])
    fields = {**read_form(manager.session, url).fields, "publish_translations": "on"}

    def send():
        response = manager.session.post(url, fields, timeout=60, allow_redirects=False)
        assert response.status_code == 302, response.text[:500]

    return send


def build_project(root):
    """A Lithuanian project page with one contact person, published through a revision, and its
    Latvian translation; returns (project, latvian project)."""
    home = factories.HomePageFactory(parent=root, title="Pradžia", slug="pradzia")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "127.0.0.1", "root_page": home}
    )
    index = factories.ProjectIndexPageFactory(parent=home, title="Projektai", slug="projektai")
    title, intro, (role,) = FIRST_VERSION
    project = factories.ProjectPageFactory(parent=index, title=title, slug="amatai", intro=intro)
    factories.ProjectPartnerFactory(page=project, role="lead")
    ProjectContact.objects.create(page=project, name="Ona Puodžiūtė", role=role)
    project.save_revision().publish()
    for page in [home, index]:
        translate_now(page, "lv")
    latvian = translate_now(project, "lv", LATVIAN)
    return ProjectPage.objects.get(pk=project.pk), ProjectPage.objects.get(pk=latvian.pk)


def member(username, full_name):
    """A Communications member, as Kartu's roles make them, who reads the admin in English."""
    user = make_user(username, COMMUNICATIONS)
    user.first_name, user.last_name = full_name.split()
    user.save(update_fields=["first_name", "last_name"])
    set_password(user, PASSWORD)
    return user


def check_history_and_live_page(project, first_revision, winner, loser, number):
    """Every accepted save is a revision with its content, and the live page is one of them."""
    project = ProjectPage.objects.get(pk=project.pk)
    winners, losers = winner.version(number), loser.version(number)
    new = project.revisions.filter(pk__gt=first_revision).order_by("created_at", "pk")
    # The winner's autosave and publish, the loser's publish.
    assert sorted(version_in(r.content) for r in new) == sorted([winners, winners, losers])
    assert new.first().user.get_full_name() == winner.name

    live = version_of(project)
    assert live in {winners, losers}, live
    assert version_in(project.live_revision.content) == live
    # Wagtail's bookkeeping agrees: the newest revision is the latest, and the page has
    # unpublished changes exactly when the live revision is not it.
    newest = project.revisions.order_by("-created_at", "-pk").first()
    assert project.latest_revision_id == newest.pk
    assert project.has_unpublished_changes == (project.live_revision_id != newest.pk)
    return project


def check_translation(project, latvian, source, versions):
    """The last sync extracted one of `versions` whole, the Latvian page (published by it) is
    made of exactly that version, and the times say whether the source changed since."""
    source = TranslationSource.objects.get(pk=source.pk)
    extracted = version_in(json.loads(source.content_json))
    assert extracted in versions, extracted
    latvian = ProjectPage.objects.get(pk=latvian.pk)
    assert version_of(latvian) == in_latvian(extracted)
    assert version_in(latvian.live_revision.content) == in_latvian(extracted)
    if extracted == version_of(project):
        assert source.last_updated_at > project.last_published_at
    else:  # what Kartu's translation status reads as "out of date"
        assert source.last_updated_at < project.last_published_at


def check_served(servers, project, latvian, titles):
    """Each server serves the live versions of both pages (through the page cache and the
    shared frame cache), with no other title of `titles` anywhere on them."""
    for page in (ProjectPage.objects.get(pk=project.pk), ProjectPage.objects.get(pk=latvian.pk)):
        for server in servers:
            response = requests.get(server + page.url, timeout=30)
            assert response.status_code == 200, (server, page.url)
            stale = [title for title in titles - {page.title} if title in response.text]
            assert page.title in response.text and not stale, (server, page.url, stale)


def warm_page_cache(servers, page):
    """Store the page in the page cache of both servers, so a missed purge would show."""
    for server in servers:
        for _visit in range(2):
            response = requests.get(server + page.url, timeout=30)
        assert response.headers.get(HEADER) == "hit", (server, response.headers)


def test_two_editors_and_a_sync_at_one_moment_lose_nothing_and_mix_nothing(base_tree, tmp_path):
    project, latvian = build_project(base_tree)
    source = TranslationSource.objects.get_for_instance(project)
    setup_roles()
    people = {"aiste": "Aistė Kalnienė", "bronius": "Bronius Petraitis", "liga": "Līga Ozola"}
    for username, full_name in people.items():
        member(username, full_name)

    with (
        shared_redis(REDIS_URL, "concurrent editing") as prefix,
        app_servers(tmp_path, REDIS_URL, prefix, threads=2) as servers,
    ):
        one, two = servers
        editors = [
            Editor(people["aiste"], log_in(one, "aiste", PASSWORD), one),
            Editor(people["bronius"], log_in(two, "bronius", PASSWORD), two),
        ]
        manager = Editor(people["liga"], log_in(one, "liga", PASSWORD), one)
        warm_page_cache(servers, project)
        before = FIRST_VERSION
        for number in range(1, ROUNDS + 1):
            first_revision = project.revisions.order_by("-pk").values_list("pk").first()[0]
            for editor in editors:
                open_editor(editor, project)

            # Both autosaves and a sync at one moment: one save is refused as out of date.
            *saves, _synced = at_once(
                *[partial(autosave, editor, project, number) for editor in editors],
                sync_translations(manager, source),
            )
            accepted = [e for e, result in zip(editors, saves, strict=True) if result["success"]]
            assert len(accepted) == 1, saves
            winner = accepted[0]
            loser = next(editor for editor in editors if editor is not winner)
            refused = saves[editors.index(loser)]
            assert refused["error_code"] == "invalid_revision"
            assert refused["error_message"] == "Saving will overwrite a newer version."

            # The refused editor's next ping names who saved, and the save dialog's warning.
            notice = ping(loser)
            savers = [
                session["user"] for session in notice["other_sessions"] if session["revision_id"]
            ]
            assert savers == [winner.name]
            assert f"{winner.name} saved a new version" in notice["html"]
            assert f"Proceeding will overwrite the changes made by {winner.name}." in notice["html"]

            # Both publish (the refused one past the warning) and a sync, at one moment.
            at_once(
                partial(publish, winner, project, number),
                partial(publish, loser, project, number),
                sync_translations(manager, source),
            )
            project = check_history_and_live_page(project, first_revision, winner, loser, number)
            versions = {before, winner.version(number), loser.version(number)}
            check_translation(project, latvian, source, versions)
            check_served(servers, project, latvian, {version[0] for version in versions})
            before = version_of(project)
