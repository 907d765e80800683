"""A Lithuanian news post goes through wagtail-localize into Latvian and English and back in sync,
driven through the same admin views translators use."""

import json

import pytest
from bs4 import BeautifulSoup
from django.test.client import MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from tests import factories
from tests.test_page_rendering import visible_text

TITLE = "Mokymai amatininkams Tauragėje"
INTRO = "Dvidešimt amatininkų mokėsi kurti bendrus gaminius."


@pytest.fixture
def lithuanian_post(site_tree, translate):
    for code, strings in {"lv": {"Naujienos": "Jaunumi"}, "en": {"Naujienos": "News"}}.items():
        translate(site_tree.home, code)
        translate(site_tree.news_index, code, strings)
    return factories.NewsPageFactory(
        parent=site_tree.news_index,
        title=TITLE,
        slug="mokymai",
        intro=INTRO,
        body=[("paragraph", "<p>Mokymai vyko birželio mėnesį.</p>")],
    )


@pytest.fixture
def submit(admin_client):
    def run(page, *codes):
        locales = Locale.objects.filter(language_code__in=codes)
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        response = admin_client.post(url, {"locales": [locale.pk for locale in locales]})
        assert response.status_code == 302
        source = TranslationSource.objects.get_for_instance(page)
        return {t.target_locale.language_code: t for t in Translation.objects.filter(source=source)}

    return run


def put_string(client, translation, source_text, value):
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    boundary = "kartu-boundary"
    response = client.put(
        url,
        encode_multipart(boundary, {"value": value}),
        content_type=MULTIPART_CONTENT.replace("BoUnDaRyStRiNg", boundary),
    )
    assert response.status_code in (200, 201), response.content


def translated_url(page, code):
    return page.get_translation(Locale.objects.get(language_code=code)).url


def publish(translation, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)


def test_post_is_translated_with_machine_prefill_and_a_manual_string(
    admin_client, client, lithuanian_post, submit, django_capture_on_commit_callbacks
):
    translations = submit(lithuanian_post, "lv", "en")
    latvian = translations["lv"]
    response = admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[latvian.pk]) + "?next=/admin/"
    )
    assert response.status_code == 302
    put_string(admin_client, latvian, TITLE, "Apmācības amatniekiem Tauragē")
    publish(latvian, django_capture_on_commit_callbacks)

    text = visible_text(client.get(translated_url(lithuanian_post, "lv")))
    assert "Apmācības amatniekiem Tauragē" in text  # the manual string
    # The dummy machine translator reverses the word order.
    assert " ".join(reversed(INTRO.split(" "))) in text


def test_english_translation_is_read_under_the_english_prefix(
    admin_client, client, lithuanian_post, submit, django_capture_on_commit_callbacks
):
    english = submit(lithuanian_post, "en")["en"]
    put_string(admin_client, english, TITLE, "Training for craftspeople in Tauragė")
    put_string(admin_client, english, INTRO, "Twenty craftspeople learnt to design joint products.")
    put_string(admin_client, english, "Mokymai vyko birželio mėnesį.", "The training was in June.")
    publish(english, django_capture_on_commit_callbacks)

    text = visible_text(client.get(translated_url(lithuanian_post, "en")))
    assert "Training for craftspeople in Tauragė" in text
    assert "The training was in June." in text
    assert TITLE not in text


def test_changed_source_synced_keeps_unchanged_translated_strings(
    admin_client, client, lithuanian_post, submit, django_capture_on_commit_callbacks
):
    english = submit(lithuanian_post, "en")["en"]
    put_string(admin_client, english, TITLE, "Training for craftspeople in Tauragė")
    put_string(admin_client, english, INTRO, "Twenty craftspeople learnt to design joint products.")
    put_string(admin_client, english, "Mokymai vyko birželio mėnesį.", "The training was in June.")
    publish(english, django_capture_on_commit_callbacks)

    lithuanian_post.intro = "Trisdešimt amatininkų mokėsi kurti bendrus gaminius."
    lithuanian_post.save_revision().publish()
    update_url = reverse("wagtail_localize:update_translations", args=[english.source.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(update_url, {"publish_translations": "on"})
    assert response.status_code == 302

    text = visible_text(client.get(translated_url(lithuanian_post, "en")))
    assert "Training for craftspeople in Tauragė" in text  # unchanged strings survive
    assert "The training was in June." in text
    assert "Trisdešimt amatininkų mokėsi kurti bendrus gaminius." in text  # new, not yet translated
    assert "Twenty craftspeople" not in text


def test_po_file_round_trip_publishes_the_offline_translation(
    admin_client, client, lithuanian_post, submit, django_capture_on_commit_callbacks
):
    import polib
    from django.core.files.uploadedfile import SimpleUploadedFile

    latvian = submit(lithuanian_post, "lv")["lv"]
    download = admin_client.get(reverse("wagtail_localize:download_pofile", args=[latvian.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    offline = {
        TITLE: "Apmācības amatniekiem Tauragē",
        INTRO: "Divdesmit amatnieki mācījās veidot kopīgus produktus.",
        "Mokymai vyko birželio mėnesį.": "Apmācības notika jūnijā.",
    }
    for entry in po:
        entry.msgstr = offline.get(entry.msgid, entry.msgstr)
    upload = SimpleUploadedFile(
        "lv.po", str(po).encode(), content_type="text/x-gettext-translation"
    )
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[latvian.pk]) + "?next=/admin/",
        {"file": upload},
    )
    assert response.status_code == 302
    publish(latvian, django_capture_on_commit_callbacks)

    text = visible_text(client.get(translated_url(lithuanian_post, "lv")))
    for translated in offline.values():
        assert translated in text


def test_synchronised_facts_are_not_offered_for_translation(site_tree):
    project = factories.ProjectPageFactory(
        parent=site_tree.project_index, project_number="LV-RU-018", acronym="Crafts"
    )
    source, _created = TranslationSource.get_or_create_from_instance(project)
    strings = set(source.stringsegment_set.values_list("string__data", flat=True))
    assert project.title in strings
    assert "LV-RU-018" not in strings  # the contract number is the same in every language
    assert "799740.50" not in strings and "2018-07-01" not in strings


def test_without_a_machine_translator_the_editor_offers_none(
    admin_client, lithuanian_post, submit, settings
):
    latvian = submit(lithuanian_post, "lv")["lv"]
    del settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    url = reverse("wagtail_localize:machine_translate", args=[latvian.pk])
    assert admin_client.post(url, follow=True).status_code == 404
    assert editor_props(admin_client, latvian)["machineTranslator"] is None


def test_with_a_machine_translator_the_editor_offers_it(admin_client, lithuanian_post, submit):
    latvian = submit(lithuanian_post, "lv")["lv"]
    assert editor_props(admin_client, latvian)["machineTranslator"]["name"]


def editor_props(client, translation):
    """The settings wagtail-localize's React editor is started with."""
    html = client.get(translation.get_target_instance_edit_url()).content.decode()
    element = BeautifulSoup(html, "html.parser").select_one(".js-translation-editor")
    return json.loads(element["data-props"])
