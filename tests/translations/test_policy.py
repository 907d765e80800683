"""Per-locale snippet rights (`translations.policy`), proved through the admin: translators of
lt, lv and en add and change translatable snippets in their own locale only; Communications in
every locale; renaming a translators' group changes nothing a translator may do."""

import pytest
from wagtail.test.utils.form_data import querydict_from_html

from news.models import NewsCategory
from tests.translations.users import (
    CODES,
    DENIED,
    OTHERS,
    assert_editor_shows,
    is_denied,
    snippet_url,
    translation_editor_title,
    translator,
)
from translations.roles import COMMUNICATIONS, translators_group

pytestmark = pytest.mark.django_db


def assert_snippet_editor_shows(response, category):
    assert_editor_shows(response, category, "w-editor-form", "name", category.name)


@pytest.mark.parametrize("code", CODES)
def test_translator_can_open_their_locales_snippet(tree, login, code):
    client = translator(login, code)
    category = tree["categories"][code]
    assert_snippet_editor_shows(client.get(snippet_url("edit", category.pk)), category)


def test_lithuanian_translator_can_change_a_source_snippet(tree, login):
    client = translator(login, "lt")
    category = tree["categories"]["lt"]
    url = snippet_url("edit", category.pk)
    data = querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form")
    data["name"] = "Mokymai ir seminarai"

    assert client.post(url, data).status_code == 302

    category.refresh_from_db()
    assert category.name == "Mokymai ir seminarai"


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
    url = snippet_url("add", locale=code)
    data = querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form")
    data["name"] = f"Parodos {code}"
    data["slug"] = f"parodos-{code}"

    assert client.post(url, data).status_code == 302

    created = NewsCategory.objects.get(slug=f"parodos-{code}")
    assert (created.name, created.locale.language_code) == (f"Parodos {code}", code)


@pytest.mark.parametrize("code", CODES)
def test_translator_cannot_delete_snippets(tree, login, code):
    client = translator(login, code)
    response = client.get(snippet_url("delete", tree["categories"][code].pk))
    assert is_denied(response)


@pytest.mark.parametrize("code", CODES)
def test_communications_can_open_every_locales_snippet(tree, login, code):
    client = login("comms", COMMUNICATIONS)
    category = tree["categories"][code]
    assert_snippet_editor_shows(client.get(snippet_url("edit", category.pk)), category)


@pytest.mark.parametrize("code", CODES)
def test_communications_list_every_locales_snippets(tree, login, code):
    client = login("comms", COMMUNICATIONS)
    response = client.get(snippet_url("list", locale=code))
    assert response.status_code == 200
    listed = {category.pk for category in response.context["object_list"]}
    assert tree["categories"][code].pk in listed


def test_denied_translator_is_told_why(tree, login):
    client = translator(login, "lv")
    response = client.get(snippet_url("edit", tree["categories"]["lt"].pk), follow=True)
    assert DENIED in response.content.decode()


# Rights follow the group's locale link, not its name -----------------------------------------


def test_renaming_a_translators_group_changes_nothing_a_translator_may_do(tree, login):
    translators_group("lt").delete()
    latvian = translators_group("lv")
    latvian.name = "Translators – lietuvių"  # even the name the Lithuanian group had
    latvian.save()
    client = translator(login, "lv")

    own = tree["categories"]["lv"]
    assert translation_editor_title(client.get(snippet_url("edit", own.pk))) == own.name
    assert is_denied(client.get(snippet_url("edit", tree["categories"]["lt"].pk)))
    assert is_denied(client.get(snippet_url("add", locale="lt")))
