"""Funders' logos: chosen once in the site settings, shown in the footer of every page and on
the home page, in the visitor's language, never taller than the EU emblem."""

import lxml.html
import pytest

from projects.funders import FUNDER_LOGO_HEIGHT
from projects.models import FundingSettings
from tests import factories
from tests.queries import count_queries as count_url_queries

EMBLEM_HEIGHT = 54  # templates/components/eu_emblem.html


def set_funders(site, *funders):
    settings = FundingSettings.for_site(site)
    settings.funders = [
        ("programme" if hasattr(funder, "fund") else "organisation", funder) for funder in funders
    ]
    settings.save()


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content)


def footer_funders(client, url):
    return html(client, url).xpath("//footer//section[contains(@class, 'funders')]//li")


@pytest.fixture
def programme():
    return factories.FundingProgrammeFactory(
        short_name="Interreg Lietuva–Lenkija",
        website="https://www.lt-pl.eu/",
        logo=factories.wagtail_factories.ImageFactory(),
    )


def test_footer_shows_each_funders_logo_named_and_linked_to_its_website(
    client, site_tree, programme
):
    set_funders(site_tree.site, programme)
    (item,) = footer_funders(client, site_tree.news_index.url)
    (link,) = item.xpath(".//a")
    assert link.get("href") == "https://www.lt-pl.eu/"
    assert link.xpath(".//img")[0].get("alt") == "Interreg Lietuva–Lenkija"


def test_funder_logos_are_never_taller_than_the_eu_emblem(client, site_tree, programme):
    set_funders(site_tree.site, programme)
    (img,) = footer_funders(client, site_tree.news_index.url)[0].xpath(".//img")
    assert FUNDER_LOGO_HEIGHT <= EMBLEM_HEIGHT
    assert int(img.get("height")) <= EMBLEM_HEIGHT
    assert ".webp" in img.get("src") and " 2x" in img.get("srcset")


def test_funders_keep_the_order_editors_gave_them(client, site_tree, programme):
    municipality = factories.OrganisationFactory(name="Alytaus rajono savivaldybė")
    set_funders(site_tree.site, municipality, programme)
    names = [item.text_content().strip() for item in footer_funders(client, site_tree.home.url)]
    assert names == ["Alytaus rajono savivaldybė", ""]  # the programme is its logo, alt = name


def test_funder_without_a_logo_is_shown_by_name(client, site_tree):
    municipality = factories.OrganisationFactory(name="Alytaus rajono savivaldybė")
    set_funders(site_tree.site, municipality)
    (item,) = footer_funders(client, site_tree.home.url)
    assert item.xpath(".//img") == []
    assert item.text_content().strip() == "Alytaus rajono savivaldybė"


def test_funder_is_shown_in_the_visitors_language(client, site_tree, programme, translate):
    set_funders(site_tree.site, programme)
    translate(site_tree.home, "en")
    translate(programme, "en", {"Interreg Lietuva–Lenkija": "Interreg Lithuania–Poland"})
    (img,) = footer_funders(client, "/en/")[0].xpath(".//img")
    assert img.get("alt") == "Interreg Lithuania–Poland"


def test_untranslated_funder_says_which_language_it_is_in(client, site_tree, programme, translate):
    set_funders(site_tree.site, programme)
    translate(site_tree.home, "en")
    (item,) = footer_funders(client, "/en/")
    assert item.get("lang") == "lt"


def test_deleted_funder_is_left_out_without_an_error(client, site_tree, programme):
    other = factories.FundingProgrammeFactory()
    set_funders(site_tree.site, programme, other)
    other.delete()
    assert len(footer_funders(client, site_tree.home.url)) == 1


def test_home_page_lists_funders_with_their_fund_and_period(client, site_tree, programme):
    set_funders(site_tree.site, programme)
    (item,) = html(client, site_tree.home.url).xpath(
        "//main//section[@class='funders funders--detailed']//li"
    )
    assert "Interreg Lietuva–Lenkija" in item.text_content()
    description = item.xpath(".//*[@class='funder__description']")[0].text_content()
    assert "2014–2020" in description


def test_no_funders_section_when_none_are_chosen(client, site_tree):
    assert html(client, site_tree.home.url).xpath("//section[contains(@class, 'funders')]") == []


def test_funders_cost_the_same_queries_however_many_there_are(client, site_tree):
    def count_queries(number):
        funders = [
            factories.FundingProgrammeFactory(logo=factories.wagtail_factories.ImageFactory())
            for _ in range(number)
        ]
        set_funders(site_tree.site, *funders)
        return count_url_queries(client, site_tree.news_index.url)

    assert count_queries(1) == count_queries(6)
