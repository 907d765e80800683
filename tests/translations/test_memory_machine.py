"""Machine translation asks the translation memory first: only the strings it cannot fill
exactly reach DeepL (a local stand-in), with the glossary, and the words the memory saved are
counted (`translations.memory.machine`, `translations.memory.fill`)."""

import pytest
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests import factories
from tests.translations.memory_content import MEETING, MEETING_IN, build_memory, locale
from translations.glossary.models import GlossaryTerm
from translations.memory import translate_with_memory, words_saved
from translations.memory.fill import MEMORY_TOOL_NAME

NEW_TITLE = "Mugė Tauragėje"  # its slug is "muge"


@pytest.fixture
def latvian_translation(site_tree, admin_client):
    """A new Lithuanian post whose intro the memory holds in Latvian and whose title it does
    not, submitted for translation into Latvian."""
    build_memory(site_tree, codes=("lv",))
    post = factories.NewsPageFactory(
        parent=site_tree.news_index, title=NEW_TITLE, slug="muge", intro=MEETING
    )
    url = reverse("wagtail_localize:submit_page_translation", args=[post.pk])
    assert admin_client.post(url, {"locales": [locale("lv").pk]}).status_code == 302
    return Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(post), target_locale=locale("lv")
    )


@pytest.fixture
def glossary(site_tree):
    return GlossaryTerm.objects.create(
        source_locale=locale("lt"),
        term="mugė",
        target_locale=locale("lv"),
        translation="gadatirgus",
    )


def latvian_text(translation, source_text):
    return StringTranslation.objects.get(
        translation_of__data=source_text,
        locale=translation.target_locale,
        context__object_id=translation.source.object_id,
    )


def test_machine_translate_sends_deepl_only_what_the_memory_cannot_fill_with_the_glossary(
    admin_client, latvian_translation, glossary, fake_deepl
):
    url = reverse("wagtail_localize:machine_translate", args=[latvian_translation.pk])
    assert admin_client.post(url + "?next=/admin/").status_code == 302

    assert sorted(fake_deepl.sent_texts()) == sorted([NEW_TITLE, "muge"])  # title and slug
    (glossary_id,) = fake_deepl.glossaries
    assert fake_deepl.translate_requests[0]["glossary_id"] == [glossary_id]
    remembered = latvian_text(latvian_translation, MEETING)
    assert (remembered.data, remembered.tool_name) == (MEETING_IN["lv"], MEMORY_TOOL_NAME)
    assert latvian_text(latvian_translation, NEW_TITLE).data == f"[DeepL] {NEW_TITLE}"


def test_words_saved_counts_the_source_words_the_memory_filled(
    admin_user, latvian_translation, fake_deepl
):
    assert words_saved(latvian_translation) == 0
    filled, machine = translate_with_memory(latvian_translation, admin_user)
    assert (filled, machine) == (1, True)
    assert words_saved(latvian_translation) == 13  # the meeting sentence; the title went to DeepL


def test_a_string_the_translator_rewrites_no_longer_counts_as_saved(
    admin_user, latvian_translation, fake_deepl
):
    translate_with_memory(latvian_translation, admin_user)
    remembered = latvian_text(latvian_translation, MEETING)
    remembered.data, remembered.tool_name = "Cits teikums.", ""
    remembered.save()
    assert words_saved(latvian_translation) == 0
