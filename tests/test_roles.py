"""Who may do what, proved through the admin: translators of lt, lv and en work in their own
locale's tree and snippets only, and publish only through review; Communications edit everything;
`setup_roles` builds all of it and changes nothing when run again."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from wagtail.models import (
    GroupPagePermission,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

from kartu.roles import (
    COMMUNICATIONS,
    COMMUNICATIONS_REVIEW,
    REVIEWERS,
    TRANSLATION_REVIEW,
    setup_roles,
    translators_group_name,
)
from news.models import NewsCategory
from tests import factories
from tests.conftest import build_site_tree, translate_now

# Every test here runs in its own transaction (a savepoint within `built_tree`'s), and the marker
# also makes pytest-django create the test database whichever of them are selected.
pytestmark = pytest.mark.django_db

CODES = ["lt", "lv", "en"]
DENIED = "Sorry, you do not have permission to access this area."


@pytest.fixture(scope="module")
def built_tree(django_db_setup, django_db_blocker):
    """The Lithuanian site, its home and an "about" page translated into lv and en, a news
    category in all three; then the roles. Built once for the module, inside a transaction
    that is rolled back after the module's last test. pytest-django's `db` runs each test in a
    savepoint within it, so what a test writes is undone before the next one starts."""
    with django_db_blocker.unblock(), transaction.atomic():
        try:
            home = build_site_tree().home
            about = factories.StandardPageFactory(parent=home, title="Apie mus", slug="apie")
            pages = {"lt": about}
            homes = {"lt": home}
            for code in ["lv", "en"]:
                homes[code] = translate_now(home, code)
                pages[code] = translate_now(about, code)
            category = factories.NewsCategoryFactory(name="Mokymai", slug="mokymai")
            categories = {"lt": category}
            for code in ["lv", "en"]:
                categories[code] = translate_now(category, code, {"mokymai": f"mokymai-{code}"})
            setup_roles()
            with django_db_blocker.block():  # between tests, as without this fixture
                yield {"pages": pages, "homes": homes, "categories": categories}
        finally:
            transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()


@pytest.fixture
def tree(built_tree, db):
    """`built_tree` as each test sees it: fresh instances read from the database, so nothing a
    test changes in memory reaches the next; and the site root paths cache emptied, as saving
    the site did when every test built its own tree."""
    Site.clear_site_root_paths_cache()
    return {
        kind: {code: type(obj)._default_manager.get(pk=obj.pk) for code, obj in objects.items()}
        for kind, objects in built_tree.items()
    }


def make_user(username, group_name):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language="en")
    return user


@pytest.fixture
def login(client):
    def as_user(username, group_name):
        client.force_login(make_user(username, group_name))
        return client

    return as_user


def translator(login, code):
    return login(f"translator-{code}", translators_group_name(code))


def page_edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def snippet_url(name, *args, locale=None):
    url = reverse(NewsCategory.snippet_viewset.get_url_name(name), args=args)
    return f"{url}?locale={locale}" if locale else url


def is_denied(response):
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


OTHERS = [(own, other) for own in CODES for other in CODES if other != own]


# Pages ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_translator_can_open_the_editor_of_a_page_in_their_locale(tree, login, code):
    client = translator(login, code)
    response = client.get(page_edit_url(tree["pages"][code]))
    assert response.status_code == 200


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
def test_translator_can_add_a_page_in_their_locale(tree, login, code):
    client = translator(login, code)
    home = tree["homes"][code]
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    assert client.get(url).status_code == 200


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
    assert client.get(page_edit_url(tree["pages"][code])).status_code == 200


# Snippets ------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_translator_can_edit_their_locales_snippet(tree, login, code):
    client = translator(login, code)
    response = client.get(snippet_url("edit", tree["categories"][code].pk))
    assert response.status_code == 200


@pytest.mark.parametrize(("own", "other"), OTHERS)
def test_translator_is_denied_another_locales_snippet(tree, login, own, other):
    client = translator(login, own)
    response = client.get(snippet_url("edit", tree["categories"][other].pk))
    assert is_denied(response)


@pytest.mark.parametrize(("own", "other"), OTHERS)
def test_translator_cannot_save_another_locales_snippet(tree, login, own, other):
    client = translator(login, own)
    category = tree["categories"][other]
    client.post(snippet_url("edit", category.pk), {"name": "Hacked", "slug": category.slug})
    category.refresh_from_db()
    assert category.name != "Hacked"


@pytest.mark.parametrize(("own", "other"), OTHERS)
def test_translator_is_denied_the_snippet_list_of_another_locale(tree, login, own, other):
    client = translator(login, own)
    assert is_denied(client.get(snippet_url("list", locale=other)))


@pytest.mark.parametrize("code", CODES)
def test_translators_snippet_list_shows_their_locale_only(tree, login, code):
    client = translator(login, code)
    response = client.get(snippet_url("list"))
    assert response.status_code == 200
    listed = {
        category.locale.language_code
        for category in response.context["object_list"]
        if isinstance(category, NewsCategory)
    }
    assert listed == {code}


@pytest.mark.parametrize(("own", "other"), OTHERS)
def test_translator_cannot_create_a_snippet_in_another_locale(tree, login, own, other):
    client = translator(login, own)
    assert is_denied(client.get(snippet_url("add", locale=other)))


@pytest.mark.parametrize("code", CODES)
def test_translator_can_create_a_snippet_in_their_locale(tree, login, code):
    client = translator(login, code)
    assert client.get(snippet_url("add", locale=code)).status_code == 200


@pytest.mark.parametrize("code", CODES)
def test_translator_cannot_delete_snippets(tree, login, code):
    client = translator(login, code)
    response = client.get(snippet_url("delete", tree["categories"][code].pk))
    assert is_denied(response)


@pytest.mark.parametrize("code", CODES)
def test_communications_can_edit_every_locales_snippet(tree, login, code):
    client = login("comms", COMMUNICATIONS)
    response = client.get(snippet_url("edit", tree["categories"][code].pk))
    assert response.status_code == 200


def test_communications_list_every_locales_snippets(tree, login):
    client = login("comms", COMMUNICATIONS)
    for code in CODES:
        assert client.get(snippet_url("list", locale=code)).status_code == 200


def test_denied_translator_is_told_why(tree, login):
    client = translator(login, "lv")
    response = client.get(snippet_url("edit", tree["categories"]["lt"].pk), follow=True)
    assert DENIED in response.content.decode()


# setup_roles ---------------------------------------------------------------------------------


def role_counts():
    return {
        "groups": Group.objects.count(),
        "page_permissions": GroupPagePermission.objects.count(),
        "group_permissions": Group.permissions.through.objects.count(),
        "workflows": Workflow.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
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
    for _code, name in settings.LANGUAGES:
        assert Group.objects.filter(name=f"Translators – {name}").exists()


def test_setup_roles_copes_with_a_locale_without_home(tree):
    polish = Group.objects.get(name=translators_group_name("pl"))
    assert not GroupPagePermission.objects.filter(group=polish).exists()


def test_setup_roles_grants_a_new_locales_home_when_run_again(tree, translate):
    translate(tree["homes"]["lt"], "pl")
    report = setup_roles()
    polish = Group.objects.get(name=translators_group_name("pl"))
    assert GroupPagePermission.objects.filter(group=polish).count() == 2
    assert any("Translation review" in change for change in report.changes)


def test_translated_trees_carry_translation_review(tree):
    for code in ["lv", "en"]:
        assert tree["homes"][code].get_workflow().name == TRANSLATION_REVIEW
    assert tree["pages"]["lv"].get_workflow().name == TRANSLATION_REVIEW


def test_source_tree_carries_communications_review(tree):
    assert tree["pages"]["lt"].get_workflow().name == COMMUNICATIONS_REVIEW


def test_setup_roles_removes_a_translators_stray_publish_permission(tree):
    lv = Group.objects.get(name=translators_group_name("lv"))
    GroupPagePermission.objects.create(
        group=lv, page=tree["homes"]["lv"], permission_id=publish_permission_id()
    )
    setup_roles()
    assert not GroupPagePermission.objects.filter(
        group=lv, permission__codename="publish_page"
    ).exists()


def publish_permission_id():
    from django.contrib.auth.models import Permission

    return Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page").pk


def test_reviewers_group_exists(tree):
    assert Group.objects.filter(name=REVIEWERS).exists()


@pytest.mark.parametrize(("own", "other"), [("lt", "lv"), ("lv", "en"), ("en", "lv")])
def test_translator_cannot_save_strings_of_another_locales_snippet_through_the_api(
    tree, login, own, other
):
    from django.test.client import MULTIPART_CONTENT, encode_multipart
    from wagtail_localize.models import StringSegment, Translation, TranslationSource

    client = translator(login, own)
    source = TranslationSource.objects.get_for_instance(tree["categories"]["lt"])
    target = tree["categories"][other if other != "lt" else "lv"]
    translation = Translation.objects.get(source=source, target_locale=target.locale)
    segment = StringSegment.objects.filter(source=source).first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    boundary = "kartu-boundary"
    response = client.put(
        url,
        encode_multipart(boundary, {"value": "hijacked"}),
        content_type=MULTIPART_CONTENT.replace("BoUnDaRyStRiNg", boundary),
    )
    assert response.status_code == 403
    target.refresh_from_db()
    assert target.name != "hijacked"


def test_translator_can_save_strings_of_their_locales_snippet_through_the_api(tree, login):
    from django.test.client import MULTIPART_CONTENT, encode_multipart
    from wagtail_localize.models import StringSegment, Translation, TranslationSource

    client = translator(login, "lv")
    source = TranslationSource.objects.get_for_instance(tree["categories"]["lt"])
    translation = Translation.objects.get(
        source=source, target_locale=tree["categories"]["lv"].locale
    )
    segment = StringSegment.objects.filter(source=source).first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    boundary = "kartu-boundary"
    response = client.put(
        url,
        encode_multipart(boundary, {"value": "Apmācības"}),
        content_type=MULTIPART_CONTENT.replace("BoUnDaRyStRiNg", boundary),
    )
    assert response.status_code in (200, 201)
