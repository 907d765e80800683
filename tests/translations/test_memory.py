"""The translation memory finds earlier translations of the same or a similar text, in the
language pair asked for only (`translations.memory.suggest`). Run once more with DATABASE_URL
pointing at PostgreSQL to try its trigram search."""

import hashlib

import pytest

from tests import factories
from tests.conftest import translate_now
from tests.translations.memory_content import (
    MEETING,
    MEETING_CHANGED,
    MEETING_IN,
    TITLE_IN,
    build_memory,
    locale,
)
from translations.memory import suggest, suggest_many


@pytest.fixture
def memory(site_tree):
    return build_memory(site_tree)


@pytest.mark.parametrize("code", ["lv", "pl"])
def test_exact_match_scores_one_with_its_translation_and_where_it_is_used(memory, code):
    best = suggest(MEETING, locale("lt"), locale(code))[0]
    assert best == (1.0, MEETING, MEETING_IN[code], TITLE_IN[code])


@pytest.mark.parametrize("code", ["lv", "pl"])
def test_one_word_change_scores_at_least_three_quarters_with_the_right_target(memory, code):
    score, source_text, target_text, _where = suggest(MEETING_CHANGED, locale("lt"), locale(code))[
        0
    ]
    assert 0.75 <= score < 1.0
    assert (source_text, target_text) == (MEETING, MEETING_IN[code])


def test_never_returns_a_string_of_another_language_pair(memory):
    latvian = suggest(MEETING, locale("lt"), locale("lv"))
    assert MEETING_IN["pl"] not in {match.target_text for match in latvian}
    assert suggest(MEETING, locale("lt"), locale("en")) == []
    assert suggest(MEETING_IN["lv"], locale("lv"), locale("pl")) == []


def test_an_unrelated_text_has_no_match(memory):
    assert suggest("Projekto biudžetas viršija milijoną eurų.", locale("lt"), locale("lv")) == []


def test_a_whole_page_is_answered_in_two_queries(memory, django_assert_num_queries):
    texts = [MEETING, MEETING_CHANGED] + [f"Kitas sakinys numeris {n}." for n in range(30)]
    lithuanian, latvian = locale("lt"), locale("lv")
    # One for the matches of every text, one for the titles of the pages they come from.
    with django_assert_num_queries(2):
        found = suggest_many(texts, lithuanian, latvian)
    assert found[MEETING][0].score == 1.0
    assert found[MEETING_CHANGED][0].target_text == MEETING_IN["lv"]


def test_a_paragraph_longer_than_the_trigram_index_holds_is_remembered_and_found(memory, site_tree):
    # 300 made-up words, ~10,000 characters: on PostgreSQL their trigrams would not fit in one
    # GiST index entry, so the index holds the first 2,000 characters (migration 0005).
    paragraph = " ".join(hashlib.md5(str(n).encode()).hexdigest() for n in range(300))
    post = factories.NewsPageFactory(parent=site_tree.news_index, slug="ilgas", intro=paragraph)
    translate_now(post, "lv", {paragraph: "Garš teksts."})
    assert suggest(paragraph, locale("lt"), locale("lv"))[0][:3] == (1.0, paragraph, "Garš teksts.")
