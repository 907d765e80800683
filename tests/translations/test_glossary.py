"""The glossary: the quality check flags translations that ignore a term, and DeepL gets one
glossary per language pair (`translations.glossary`)."""

import pytest
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from tests import factories
from tests.conftest import translate_now
from tests.translations.fake_deepl import AUTH_KEY
from tests.translations.memory_content import locale
from translations.glossary.check import MISSING, TRANSLATED, check, contains
from translations.glossary.deepl import GlossaryDeepLTranslator, push_glossary
from translations.glossary.models import GlossaryTerm

FAIR = "Tarptautinė amatininkų mugė vyks Tauragėje."
SUPPORT = "Projektą remia programa Interreg."


@pytest.fixture
def terms(db):
    return {
        "fair": GlossaryTerm.objects.create(
            source_locale=locale("lt"),
            term="mugė",
            target_locale=locale("lv"),
            translation="gadatirgus",
        ),
        "interreg": GlossaryTerm.objects.create(
            source_locale=locale("lt"),
            term="Interreg",
            target_locale=locale("pl"),
            do_not_translate=True,
        ),
    }


def translated(site_tree, code, strings):
    """A post with the fair and support sentences, translated into `code` as `strings` say;
    its wagtail-localize Translation."""
    translate_now(site_tree.home, code)
    translate_now(site_tree.news_index, code)
    post = factories.NewsPageFactory(
        parent=site_tree.news_index, title="Mugė", slug="muge", intro=FAIR
    )
    post.body = [("paragraph", f"<p>{SUPPORT}</p>")]
    post.save_revision().publish()
    translate_now(post, code, strings)
    return Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(post), target_locale=locale(code)
    )


def test_a_translation_missing_a_required_term_is_flagged(site_tree, terms):
    translation = translated(
        site_tree, "lv", {FAIR: "Starptautisks amatnieku tirgus notiks Tauragē."}
    )
    (warning,) = [w for w in check(translation) if w.source_text == FAIR]
    assert (warning.term, warning.problem) == (terms["fair"], MISSING)


def test_an_inflected_required_term_passes(site_tree, terms):
    translation = translated(
        site_tree,
        "lv",
        {FAIR: "Starptautiskais amatnieku gadatirgus notiks Tauragē.", "Mugė": "Gadatirgus"},
    )
    assert [w for w in check(translation) if w.source_text == FAIR] == []
    assert contains("Apmeklējiet gadatirgu!", "gadatirgus")


def test_a_latvian_ending_that_lengthens_the_vowel_before_it_passes():
    assert contains("radošā sektora attīstībai", "radošais sektors")
    assert not contains("radio sektora attīstībai", "radošais sektors")


def test_a_do_not_translate_term_that_was_translated_is_flagged(site_tree, terms):
    translation = translated(
        site_tree, "pl", {SUPPORT: "Projekt wspiera program Współpracy Międzyregionalnej."}
    )
    (warning,) = check(translation)
    assert (warning.term, warning.problem) == (terms["interreg"], TRANSLATED)
    StringTranslation.objects.filter(data__contains="Międzyregionalnej").update(
        data="Projekt wspiera program Interreg."
    )
    assert check(translation) == []


def deepl(fake):
    return GlossaryDeepLTranslator({"AUTH_KEY": AUTH_KEY, "API_URL": fake.url})


def test_the_deepl_glossary_is_created_then_replaced_when_a_term_changes(terms, fake_deepl):
    lithuanian, latvian = locale("lt"), locale("lv")
    first = push_glossary(deepl(fake_deepl), lithuanian, latvian)
    assert fake_deepl.glossaries[first] == {
        "name": "Kartu lt-lv",
        "source_lang": "lt",
        "target_lang": "lv",
        "entries": "mugė\tgadatirgus\n",
        "entries_format": "tsv",
    }
    assert push_glossary(deepl(fake_deepl), lithuanian, latvian) == first  # unchanged: kept

    terms["fair"].translation = "tirgus"
    terms["fair"].save()
    second = push_glossary(deepl(fake_deepl), lithuanian, latvian)
    assert second != first
    assert list(fake_deepl.glossaries) == [second]
    assert fake_deepl.glossaries[second]["entries"] == "mugė\ttirgus\n"
    assert fake_deepl.deleted == [first]


def test_a_pair_whose_last_term_is_deleted_loses_its_deepl_glossary(terms, fake_deepl):
    lithuanian, latvian = locale("lt"), locale("lv")
    push_glossary(deepl(fake_deepl), lithuanian, latvian)
    terms["fair"].delete()
    assert push_glossary(deepl(fake_deepl), lithuanian, latvian) is None
    assert fake_deepl.glossaries == {}
