"""What changed: a source string that changes on sync keeps its previous translation as a string
needing revision, shown with a word diff beside the editor, and "Keep previous" restores it
(`translations.revisions`)."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.users.models import UserProfile
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from tests.translations.users import is_denied, make_user, page_edit_url
from translations.revisions.diff import word_diff
from translations.revisions.models import StringRevision
from translations.revisions.panel import revisions_panel_context
from translations.roles import COMMUNICATIONS, translators_group

OLD = "About this site."  # the intro of the tree's "about" page (`StandardPageFactory`)
NEW = "About this new site."


@pytest.fixture
def about(tree):
    """The Lithuanian "about" page, translated into Latvian and English ("[lv] …", "[en] …")."""
    return tree["pages"]


def change_intro_and_sync(page, intro):
    """Publish a new intro on the source page and sync its translations' source."""
    page.intro = intro
    page.save_revision().publish()
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    source.update_from_db()
    return source


def new_intro_segment(source):
    return StringSegment.objects.select_related("string").get(source=source, string__data=NEW)


def translator_client(client, code):
    client.force_login(make_user(f"translator-{code}", translators_group(code)))
    return client


def test_word_diff_marks_the_added_word():
    assert word_diff("Apie projektą.", "Apie naują projektą.") == [
        ("equal", "Apie "),
        ("added", "naują "),
        ("equal", "projektą."),
    ]


def test_word_diff_marks_a_replaced_word_as_removed_then_added():
    assert word_diff("<p>Mokymai Tauragėje.</p>", "<p>Mokymai Suvalkuose.</p>") == [
        ("equal", "Mokymai "),
        ("removed", "Tauragėje."),
        ("added", "Suvalkuose."),
    ]


def test_sync_after_a_source_change_keeps_each_locales_previous_translation(about):
    change_intro_and_sync(about["lt"], NEW)

    revisions = {
        revision.locale.language_code: revision
        for revision in StringRevision.objects.open().select_related("locale", "string")
    }
    assert set(revisions) == {"lv", "en"}
    assert revisions["lv"].previous_translation == f"[lv] {OLD}"
    assert revisions["lv"].previous_source == OLD
    assert revisions["lv"].string.data == NEW
    assert revisions["en"].previous_translation == f"[en] {OLD}"


def test_sync_through_update_or_create_from_instance_keeps_the_previous_translation(about):
    page = about["lt"]
    page.intro = NEW
    page.save_revision().publish()
    TranslationSource.update_or_create_from_instance(page)

    assert StringRevision.objects.open().filter(locale__language_code="lv").count() == 1


def test_unchanged_strings_need_no_revision(about):
    source = TranslationSource.objects.get(object_id=about["lt"].translation_key)
    source.update_from_db()

    assert not StringRevision.objects.exists()


def test_editor_shows_the_diff_and_the_previous_translation(about, client):
    change_intro_and_sync(about["lt"], NEW)

    response = translator_client(client, "lv").get(page_edit_url(about["lv"]))

    panel = BeautifulSoup(response.content.decode(), "html.parser").select_one(".kartu-revisions")
    assert panel is not None
    assert ["".join(ins.find_all(string=True, recursive=False)) for ins in panel("ins")] == ["new "]
    assert f"[lv] {OLD}" in panel.select_one("q").get_text()
    assert panel.find("button").get_text(strip=True) == "Keep previous"
    assert panel.find("button")["aria-label"] == f"Keep previous translation of “{NEW}”"
    # Screen readers hear what a change does, not only sighted readers who see the strike.
    assert panel.select_one("ins").get_text() == "added: new "


def test_editor_marks_each_entry_with_its_strings_segment_and_source_text(about, client):
    """What the editor's script needs to place the entry beside its string: the segment id of
    the editor's props, and the source text the editor shows for it."""
    source = change_intro_and_sync(about["lt"], NEW)

    response = translator_client(client, "lv").get(page_edit_url(about["lv"]))

    soup = BeautifulSoup(response.content.decode(), "html.parser")
    entry = soup.select_one(".kartu-revisions [data-kartu-segment]")
    assert int(entry["data-kartu-segment"]) == new_intro_segment(source).pk
    assert entry["data-kartu-source"] == NEW
    assert entry.select_one(".kartu-revision-entry form") is not None
    props = json.loads(soup.select_one(".js-translation-editor")["data-props"])
    assert {"id": new_intro_segment(source).pk, "source": NEW}.items() <= next(
        segment for segment in props["segments"] if segment["source"] == NEW
    ).items()


def test_editor_loads_the_placing_script_as_a_static_file(about, client):
    """No inline script: the admin's strict policy allows only our own files."""
    change_intro_and_sync(about["lt"], NEW)

    response = translator_client(client, "lv").get(page_edit_url(about["lv"]))

    sources = [
        script.get("src", "") for script in BeautifulSoup(response.content, "html.parser")("script")
    ]
    assert any(src.startswith("/static/js/translation-revisions.js") for src in sources)


def test_keep_previous_restores_the_translation_and_closes_the_revision(about, client):
    source = change_intro_and_sync(about["lt"], NEW)
    revision = StringRevision.objects.get(locale__language_code="lv")

    response = translator_client(client, "lv").post(
        reverse("translations_keep_previous", args=[revision.pk])
    )

    assert response.status_code == 302
    assert response.url == page_edit_url(about["lv"])
    segment = new_intro_segment(source)
    kept = StringTranslation.objects.get(
        translation_of=segment.string, context=segment.context, locale__language_code="lv"
    )
    assert kept.data == f"[lv] {OLD}"
    assert not StringRevision.objects.open().filter(locale__language_code="lv").exists()
    # The English translation still needs its own revision.
    assert StringRevision.objects.open().filter(locale__language_code="en").exists()


def test_translating_the_string_anew_closes_the_revision(about):
    source = change_intro_and_sync(about["lt"], NEW)
    segment = new_intro_segment(source)
    StringTranslation.objects.create(
        translation_of=segment.string,
        context=segment.context,
        locale=about["lv"].locale,
        data="Par jauno vietni.",
        translation_type="manual",
    )

    assert not StringRevision.objects.open().filter(locale__language_code="lv").exists()


def test_a_translator_cannot_keep_another_languages_previous_translation(about, client):
    change_intro_and_sync(about["lt"], NEW)
    revision = StringRevision.objects.get(locale__language_code="en")

    response = translator_client(client, "lv").post(
        reverse("translations_keep_previous", args=[revision.pk])
    )

    assert is_denied(response)
    assert StringRevision.objects.open().filter(pk=revision.pk).exists()


def test_keep_previous_answers_only_posts(about, client):
    change_intro_and_sync(about["lt"], NEW)
    revision = StringRevision.objects.get(locale__language_code="lv")

    response = translator_client(client, "lv").get(
        reverse("translations_keep_previous", args=[revision.pk])
    )

    assert response.status_code == 405


def test_status_report_counts_the_strings_needing_revision_per_page_and_locale(about, client):
    change_intro_and_sync(about["lt"], NEW)
    client.force_login(make_user("manager", COMMUNICATIONS))

    html = client.get(reverse("translations_status"), {"status": "out_of_date"}).content.decode()

    soup = BeautifulSoup(html, "html.parser")
    headers = [th.get_text(strip=True) for th in soup.select("form table.listing thead th")]
    title, language, revisions = (
        headers.index(name) for name in ("Title", "Language", "Needs revision")
    )
    counts = {
        (cells[title].get_text(strip=True), cells[language].get_text(strip=True)): cells[
            revisions
        ].get_text(strip=True)
        for cells in (row("td") for row in soup.select("form table.listing tbody tr"))
    }
    assert counts["Apie mus", "latviešu"] == "1"
    assert counts["Apie mus", "English"] == "1"


def test_editor_reads_a_translations_revisions_in_one_query(about, django_assert_num_queries):
    """The panel's segment ids come with the revisions (a subquery), not one query each."""
    about["lt"].title = "Apie mus ir kitus"
    change_intro_and_sync(about["lt"], NEW)
    translation = Translation.objects.get(
        source__object_id=about["lt"].translation_key, target_locale=about["lv"].locale
    )

    with django_assert_num_queries(1):
        revisions = revisions_panel_context(translation)

    assert len(revisions) == 2
    assert all(revision["segment_id"] for revision in revisions)


def test_a_latvian_translator_reads_the_entry_in_latvian(about, client):
    change_intro_and_sync(about["lt"], NEW)
    user = make_user("translator-lv", translators_group("lv"))
    UserProfile.objects.filter(user=user).update(preferred_language="lv")
    client.force_login(user)

    response = client.get(page_edit_url(about["lv"]))

    entry = BeautifulSoup(response.content.decode(), "html.parser").select_one(
        ".kartu-revision-entry"
    )
    assert entry.find("button").get_text(strip=True) == "Paturēt iepriekšējo"
    assert entry.find("button")["aria-label"] == f"Paturēt iepriekšējo tulkojumu virknei “{NEW}”"
    assert entry.select_one("ins .w-sr-only").get_text(strip=True) == "pievienots:"
