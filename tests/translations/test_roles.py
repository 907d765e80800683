"""Who may do what with pages, proved through the admin: translators of lt, lv and en work in
their own locale's tree only and publish only through review; Communications edit everything;
`setup_roles` builds all of it, changes nothing when run again, and finds each locale's
translators' group by data, whatever it is called."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from home.models import StandardPage
from tests.translations.users import (
    CODES,
    OTHERS,
    assert_editor_shows,
    is_denied,
    page_edit_url,
    translator,
)
from translations.models import TranslatorGroup
from translations.roles import (
    COMMUNICATIONS,
    COMMUNICATIONS_REVIEW,
    REVIEWERS,
    TRANSLATION_REVIEW,
    setup_roles,
    translators_group,
    translators_group_name,
)

# Every test here runs in its own transaction (a savepoint within `built_tree`'s), and the marker
# also makes pytest-django create the test database whichever of them are selected.
pytestmark = pytest.mark.django_db


def assert_page_editor_shows(response, page):
    assert_editor_shows(response, page, "page-edit-form", "title", page.title)


# Pages ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_translator_can_open_the_editor_of_a_page_in_their_locale(tree, login, code):
    client = translator(login, code)
    page = tree["pages"][code]
    assert_page_editor_shows(client.get(page_edit_url(page)), page)


@pytest.mark.parametrize(("own", "other"), OTHERS)
def test_translator_is_denied_the_editor_of_another_locales_page(tree, login, own, other):
    client = translator(login, own)
    response = client.get(page_edit_url(tree["pages"][other]))
    assert is_denied(response)


@pytest.mark.parametrize(("own", "other"), OTHERS)
def test_translator_cannot_add_a_page_in_another_locale(tree, login, own, other):
    client = translator(login, own)
    home = tree["homes"][other]
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    assert is_denied(client.get(url))


@pytest.mark.parametrize("code", CODES)
def test_translator_can_add_a_draft_page_in_their_locale(tree, login, code):
    client = translator(login, code)
    home = tree["homes"][code]
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.setdefault("body-count", "0")  # StreamFields are drawn by JavaScript
    data["title"] = f"Kontaktai {code}"
    data["slug"] = f"kontaktai-{code}"

    assert client.post(url, data).status_code == 302

    page = StandardPage.objects.get(slug=f"kontaktai-{code}")
    assert (page.locale.language_code, page.live) == (code, False)
    assert page.get_parent().pk == home.pk


@pytest.mark.parametrize("code", ["lv", "en"])
def test_translator_cannot_publish_a_translation_directly(
    tree, login, code, django_capture_on_commit_callbacks
):
    client = translator(login, code)
    page = tree["pages"][code]
    revisions = page.revisions.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page_edit_url(page), {"action": "publish"})
    assert is_denied(response)
    assert page.revisions.count() == revisions


@pytest.mark.parametrize("code", ["lv", "en"])
def test_translators_publish_action_is_submit_to_translation_review(tree, login, code):
    client = translator(login, code)
    page = tree["pages"][code]
    html = client.get(page_edit_url(page)).content.decode()
    assert "Submit to Translation review" in html
    assert "Publish in" not in html  # wagtail-localize's button, shown only to publishers

    client.post(page_edit_url(page), {"action-submit": "1"})

    page.refresh_from_db()
    assert page.current_workflow_state.workflow.name == TRANSLATION_REVIEW
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.has_unpublished_changes


def test_lithuanian_translator_submits_source_pages_to_communications_review(tree, login):
    client = translator(login, "lt")
    page = tree["pages"]["lt"]
    url = page_edit_url(page)
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.setdefault("body-count", "0")  # StreamFields are drawn by JavaScript
    data["intro"] = "Nauja įžanga."
    data["action-submit"] = "1"
    assert client.post(url, data).status_code == 302

    page.refresh_from_db()
    assert page.current_workflow_state.workflow.name == COMMUNICATIONS_REVIEW
    assert page.intro != "Nauja įžanga."  # live content unchanged until approved


def test_lithuanian_translator_has_no_publish_button(tree, login):
    client = translator(login, "lt")
    html = client.get(page_edit_url(tree["pages"]["lt"])).content.decode()
    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html


@pytest.mark.parametrize("code", CODES)
def test_communications_can_edit_pages_of_every_locale(tree, login, code):
    client = login("comms", COMMUNICATIONS)
    page = tree["pages"][code]
    assert_page_editor_shows(client.get(page_edit_url(page)), page)


# setup_roles ---------------------------------------------------------------------------------


def role_counts():
    return {
        "groups": Group.objects.count(),
        "page_permissions": GroupPagePermission.objects.count(),
        "group_permissions": Group.permissions.through.objects.count(),
        "workflows": Workflow.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
        "translator_groups": TranslatorGroup.objects.count(),
    }


def test_setup_roles_twice_changes_nothing(tree):
    first = role_counts()
    report = setup_roles()
    assert report.changes == []
    assert role_counts() == first


def test_setup_roles_command_says_when_nothing_changed(tree, capsys):
    call_command("setup_roles")
    assert "nothing changed" in capsys.readouterr().out


def test_setup_roles_makes_a_translators_group_per_configured_language(tree, settings):
    for code, name in settings.LANGUAGES:
        group = translators_group(code)
        assert group.name == f"Translators – {name}"


def test_setup_roles_after_a_rename_keeps_the_renamed_group(tree):
    latvian = translators_group("lv")
    latvian.name = "Latvian team"
    latvian.save()
    first = role_counts()

    report = setup_roles()

    assert report.changes == []
    assert role_counts() == first
    assert not Group.objects.filter(name=translators_group_name("lv")).exists()
    assert translators_group("lv") == latvian


def test_setup_roles_copes_with_a_locale_without_home(tree):
    polish = translators_group("pl")
    assert not GroupPagePermission.objects.filter(group=polish).exists()


def test_setup_roles_grants_a_new_locales_home_when_run_again(tree, translate):
    translate(tree["homes"]["lt"], "pl")
    report = setup_roles()
    polish = translators_group("pl")
    assert GroupPagePermission.objects.filter(group=polish).count() == 2
    assert any("Translation review" in change for change in report.changes)


def test_translated_trees_carry_translation_review(tree):
    for code in ["lv", "en"]:
        assert tree["homes"][code].get_workflow().name == TRANSLATION_REVIEW
    assert tree["pages"]["lv"].get_workflow().name == TRANSLATION_REVIEW


def test_source_tree_carries_communications_review(tree):
    assert tree["pages"]["lt"].get_workflow().name == COMMUNICATIONS_REVIEW


def test_setup_roles_removes_a_translators_stray_publish_permission(tree):
    latvian = translators_group("lv")
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.create(group=latvian, page=tree["homes"]["lv"], permission=publish)
    setup_roles()
    assert not GroupPagePermission.objects.filter(
        group=latvian, permission__codename="publish_page"
    ).exists()


def test_reviewers_group_exists(tree):
    assert Group.objects.filter(name=REVIEWERS).exists()
