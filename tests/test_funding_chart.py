"""A project page draws its funding as an inline SVG bar, with the amounts and rate as its
visible, programmatically linked caption."""

import re
from decimal import Decimal

import pytest

from tests import factories
from tests.test_page_rendering import visible_text


@pytest.fixture
def project(site_tree):
    return factories.ProjectPageFactory(
        parent=site_tree.project_index,
        total_budget=Decimal("1000000.00"),
        eu_contribution=Decimal("775000.00"),
    )


def test_project_page_shows_eu_contribution_rate_and_rest_in_the_chart_caption(client, project):
    html = client.get(project.url).content.decode()
    caption = re.search(r'<figcaption id="funding-chart-caption">(.*?)</figcaption>', html, re.S)
    text = re.sub(r"\s+", " ", caption.group(1).replace("\xa0", " "))
    assert "775 000,00 €" in text
    assert "77,5 %" in text
    assert "1 000 000,00 €" in text
    assert "225 000,00 €" in text


def test_chart_is_an_image_labelled_by_its_caption(client, project):
    html = client.get(project.url).content.decode()
    assert re.search(
        r'<svg class="funding-chart__bar" role="img" aria-labelledby="funding-chart-caption"', html
    )
    assert 'id="funding-chart-caption"' in html


def test_chart_bar_widths_follow_the_shares_with_a_dot_in_every_language(client, project):
    html = client.get(project.url).content.decode()
    assert '<rect x="0" y="0" width="77.50" height="10" fill="#003399"/>' in html
    assert '<rect x="77.50" y="0" width="22.50" height="10" fill="#ffcc00"/>' in html


def test_chart_caption_is_in_a_second_language(client, site_tree, project, translate):
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    translate(site_tree.project_index, "en", {"Projektai": "Projects", "projects": "projects"})
    english = translate(project, "en")
    text = visible_text(client.get(english.url))
    assert "EU contribution: €775,000.00 (77.5% of the total budget of €1,000,000.00)" in text
    assert "Other funding:" in text
    assert 'width="77.50"' in client.get(english.url).content.decode()


def test_no_chart_when_the_eu_contribution_is_unknown(client, site_tree):
    page = factories.ProjectPageFactory(
        parent=site_tree.project_index, eu_contribution=None, maximum_rate=Decimal("85")
    )
    html = client.get(page.url).content.decode()
    assert "funding-chart" not in html
