"""Dates and money read the way each language writes them."""

import datetime
from decimal import Decimal

import pytest

from tests import factories
from tests.test_page_rendering import visible_text


@pytest.fixture
def post(site_tree):
    return factories.NewsPageFactory(
        parent=site_tree.news_index, title="Mokymai", date=datetime.date(2019, 5, 22)
    )


def test_lithuanian_date_is_written_in_full(client, post):
    assert "2019 m. gegužės 22 d." in visible_text(client.get(post.url))


def test_english_date_is_day_month_year(client, post, site_tree, translate):
    translate(site_tree.home, "en")
    translate(site_tree.news_index, "en")
    english = translate(post, "en")
    assert "22 May 2019" in visible_text(client.get(english.url))


def test_latvian_date_uses_latvian_month_names(client, post, site_tree, translate):
    translate(site_tree.home, "lv")
    translate(site_tree.news_index, "lv")
    latvian = translate(post, "lv")
    assert "2019. gada 22. maij" in visible_text(client.get(latvian.url))


def test_english_money_puts_the_euro_sign_first_with_comma_thousands_and_decimal_point(
    client, site_tree, translate
):
    project = factories.ProjectPageFactory(
        parent=site_tree.project_index, total_budget=Decimal("58079.78"), eu_contribution=None
    )
    translate(site_tree.home, "en")
    translate(site_tree.project_index, "en")
    english = translate(project, "en")
    assert "€58,079.78" in visible_text(client.get(english.url))
