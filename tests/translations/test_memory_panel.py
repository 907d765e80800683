"""The translation editor's side panel offers the memory's matches for untranslated strings,
and "Use this match" saves one into the string, for translators of that language only
(`translations.memory.panel`, `translations.memory.views`)."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests import factories
from tests.translations.memory_content import (
    MEETING_CHANGED,
    MEETING_IN,
    TITLE_IN,
    build_memory,
    locale,
)
from tests.translations.users import is_denied, translator
from translations.roles import setup_roles


@pytest.fixture
def latvian_draft(site_tree, admin_client):
    """A new post whose intro is the meeting sentence with one word changed, submitted for
    translation into Latvian (its page exists, untranslated), with the roles set up."""
    build_memory(site_tree, codes=("lv", "pl"))
    post = factories.NewsPageFactory(
        parent=site_tree.news_index, title="Audėjų mugė", slug="audeju-muge", intro=MEETING_CHANGED
    )
    url = reverse("wagtail_localize:submit_page_translation", args=[post.pk])
    assert admin_client.post(url, {"locales": [locale("lv").pk]}).status_code == 302
    setup_roles()
    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(post), target_locale=locale("lv")
    )
    return translation, post.get_translation(locale("lv"))


def use_match(client, translation, value):
    segment = StringSegment.objects.get(source=translation.source, string__data=MEETING_CHANGED)
    url = reverse("translations_memory_use", args=[translation.pk])
    return client.post(url, {"segment": segment.pk, "value": value, "next": "/admin/"})


def panel(response):
    return BeautifulSoup(response.content.decode(), "html.parser").select_one(".kartu-memory")


def test_editor_panel_shows_the_fuzzy_match_its_score_and_where_it_comes_from(login, latvian_draft):
    translation, latvian_page = latvian_draft
    client = translator(login, "lv")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[latvian_page.pk]))
    matches = panel(response).select(".kartu-memory-match")
    assert len(matches) == 1
    text = matches[0].get_text(" ", strip=True)
    assert MEETING_IN["lv"] in text
    assert f"from “{TITLE_IN['lv']}”" in text
    assert "% match" in text and "100% match" not in text
    assert MEETING_IN["pl"] not in panel(response).get_text()


def test_use_this_match_saves_the_string_through_wagtail_localize(login, latvian_draft):
    translation, _page = latvian_draft
    response = use_match(translator(login, "lv"), translation, MEETING_IN["lv"])
    assert (response.status_code, response.url) == (302, "/admin/")
    saved = StringTranslation.objects.get(
        translation_of__data=MEETING_CHANGED,
        locale=locale("lv"),
        context__object_id=translation.source.object_id,
    )
    assert saved.data == MEETING_IN["lv"]


def test_use_this_match_refuses_a_translator_of_another_language(login, latvian_draft):
    translation, _page = latvian_draft
    response = use_match(translator(login, "pl"), translation, MEETING_IN["lv"])
    assert is_denied(response)
    assert not StringTranslation.objects.filter(
        translation_of__data=MEETING_CHANGED, locale=locale("lv")
    ).exists()


def test_use_this_match_refuses_a_text_the_memory_does_not_hold(login, latvian_draft):
    translation, _page = latvian_draft
    response = use_match(translator(login, "lv"), translation, "Kāds cits teksts.")
    assert response.status_code == 400
