"""The glossary in the admin: translators keep the terms into their own language, with CSV
import and export; the status report counts strings that ignore the glossary
(`translations.glossary.admin`, `translations.glossary.report`)."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests import factories
from tests.conftest import translate_now
from tests.translations.memory_content import locale
from tests.translations.users import is_denied, translator
from translations.glossary.models import GlossaryTerm
from translations.roles import setup_roles


@pytest.fixture
def terms(site_tree):
    setup_roles()
    return {
        code: GlossaryTerm.objects.create(
            source_locale=locale("lt"),
            term="pagrindinis partneris",
            target_locale=locale(code),
            translation=translation,
        )
        for code, translation in {"lv": "vadošais partneris", "pl": "partner wiodący"}.items()
    }


def url(name, *args):
    return reverse(GlossaryTerm.snippet_viewset.get_url_name(name), args=args)


def test_a_translator_lists_only_the_terms_into_their_language(login, terms):
    response = translator(login, "lv").get(url("list"))
    text = response.content.decode()
    assert "vadošais partneris" in text
    assert "partner wiodący" not in text


def test_a_translator_may_not_edit_a_term_into_another_language(login, terms):
    client = translator(login, "lv")
    assert client.get(url("edit", terms["lv"].pk)).status_code == 200
    assert is_denied(client.get(url("edit", terms["pl"].pk)))


def test_csv_import_adds_a_translators_terms_and_refuses_another_language(login, terms):
    client = translator(login, "lv")
    data = (
        "source_language,term,target_language,translation,note,do_not_translate\n"
        "lt,VVG,lv,VRG,vietos veiklos grupė,no\n"
        "lt,Interreg,lv,,,yes\n"
        "lt,VVG,pl,LGD,,no\n"
    ).encode()
    response = client.post(
        url("import"), {"file": SimpleUploadedFile("glossary.csv", data)}, follow=True
    )
    text = response.content.decode()
    assert "2 terms added, 0 updated." in text
    assert "Line 4: You may not change terms for this target language." in text
    assert GlossaryTerm.objects.get(term="VVG").translation == "VRG"
    assert GlossaryTerm.objects.get(term="Interreg").do_not_translate
    assert not GlossaryTerm.objects.filter(target_locale=locale("pl"), term="VVG").exists()


def test_csv_export_writes_the_columns_import_reads(admin_client, terms):
    response = admin_client.get(url("list") + "?export=csv")
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0].lower().replace(" ", "_") == (
        "source_language,term,target_language,translation,note,do_not_translate"
    )
    assert "lt,pagrindinis partneris,lv,vadošais partneris,,False" in lines


def test_status_report_counts_the_strings_that_ignore_the_glossary(
    admin_client, english_admin, terms, site_tree
):
    for page in (site_tree.home, site_tree.news_index):
        translate_now(page, "lv")
    post = factories.NewsPageFactory(
        parent=site_tree.news_index,
        title="Pagrindinis partneris",
        slug="partneriai",
        intro="Apie partnerius.",
    )
    # The title ignores the term ("[lv] Pagrindinis partneris"); the intro has none.
    translate_now(post, "lv")
    response = admin_client.get(reverse("translations_status") + "?locale=lv")
    rows = BeautifulSoup(response.content.decode(), "html.parser").select(
        "tr:has(.kartu-glossary-count)"
    )
    counts = {
        row.select_one("td a[id$='-title']").get_text(strip=True): row.select_one(
            ".kartu-glossary-count"
        ).get_text(strip=True)
        for row in rows
    }
    assert counts["Pagrindinis partneris"] == "1 string ignores the glossary"
    assert counts["Naujienos"] == ""
