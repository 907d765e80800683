"""Each page type, rendered through the test client, shows a visitor its key facts."""

import datetime
import re
from decimal import Decimal

import pytest
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext, override, pgettext
from lxml import html as lxml_html

from tests import factories


def visible_text(response):
    """The page's text as a visitor reads it: tags stripped, whitespace (incl. NBSP) folded."""
    assert response.status_code == 200
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", strip_tags(html).replace("\xa0", " ").replace("&nbsp;", " "))


def facts(response):
    """The project facts panel as {label: value}, each as a visitor reads it, labels looked up
    in the page's language (`facts(response)[gettext("Start date")]`)."""
    assert response.status_code == 200
    tree = lxml_html.fromstring(response.content)
    panel = {}
    for fact in tree.xpath("//div[@class='fact' or starts-with(@class, 'fact ')]"):
        (label,) = fact.xpath("./dt")
        (value,) = fact.xpath("./dd")
        fold = " ".join(value.text_content().replace("\xa0", " ").split())
        panel[" ".join(label.text_content().split())] = fold
    return panel


def label(text, language="lt"):
    with override(language):
        return gettext(text)


def pgettext_lt(context, text):
    with override("lt"):
        return pgettext(context, text)


@pytest.fixture
def crafts_project(site_tree):
    programme = factories.FundingProgrammeFactory(
        name="Bendradarbiavimo per sieną programa 2014–2020",
        short_name="LV–RU 2014–2020",
        fund="eni",
    )
    project = factories.ProjectPageFactory(
        parent=site_tree.project_index,
        title="Amatai be sienų",
        acronym="Crafts",
        project_number="LV-RU-018",
        programme=programme,
        total_budget=Decimal("799740.50"),
        eu_contribution=Decimal("719766.45"),
        start_date=datetime.date(2018, 7, 1),
        end_date=datetime.date(2020, 6, 30),
        aims="<p>Skatinti amatų plėtrą pasienio regione.</p>",
        results="<p>Įrengtos dirbtuvės dešimtyje vietų.</p>",
    )
    lead = factories.OrganisationFactory(name="Latgales plānošanas reģions", country="LV")
    russian = factories.OrganisationFactory(name="Porkhov district administration", country="RU")
    factories.ProjectPartnerFactory(page=project, organisation=lead, role="lead")
    factories.ProjectPartnerFactory(page=project, organisation=russian, role="partner")
    project.contacts.create(
        name="Natālija Kurakina",
        role="Koordinatorė",
        email="natalija.kurakina@lpr.gov.lv",
        phone="+371 64624300",
        locale=project.locale,
    )
    project.save()  # modelcluster keeps child objects in memory until the page is saved
    factories.FundingDisclaimerFactory(
        programme=programme, statement="Šis leidinys parengtas su ES finansine parama."
    )
    return project


def test_project_page_shows_budget_eu_amount_and_rate_in_lithuanian_format(client, crafts_project):
    panel = facts(client.get(crafts_project.url))
    assert panel[label("Total budget")] == "799 740,50 €"
    assert panel[label("EU contribution")] == "719 766,45 €"
    assert panel[label("EU co-financing rate")] == "90 %"


def test_project_page_shows_programme_number_and_acronym(client, crafts_project):
    panel = facts(client.get(crafts_project.url))
    assert panel[label("Programme")] == "LV–RU 2014–2020"
    assert panel[label("Project number")] == "LV-RU-018"
    assert panel[label("Acronym")] == "Crafts"


def test_project_page_shows_dates_and_duration(client, crafts_project):
    panel = facts(client.get(crafts_project.url))
    with override("lt"):
        assert panel[label("Start date")] == date_format(datetime.date(2018, 7, 1), "DATE_FORMAT")
        assert panel[label("End date")] == date_format(datetime.date(2020, 6, 30), "DATE_FORMAT")
    assert panel[label("Duration")] == "24 mėnesiai"


def test_project_page_shows_partners_with_their_countries(client, crafts_project):
    text = visible_text(client.get(crafts_project.url))
    assert "Latgales plānošanas reģions" in text
    assert "Porkhov district administration" in text
    assert "Latvija" in text  # country names in the page's language
    assert "Rusija" in text


def test_project_page_shows_aims_results_and_contact(client, crafts_project):
    html = client.get(crafts_project.url).content.decode()
    text = visible_text(client.get(crafts_project.url))
    assert "Skatinti amatų plėtrą pasienio regione." in text
    assert "Įrengtos dirbtuvės dešimtyje vietų." in text
    assert "Natālija Kurakina" in text
    assert 'href="tel:+37164624300"' in html or 'href="tel:+371 64624300"' in html


def test_project_page_shows_disclaimer_with_emblem(client, crafts_project):
    html = client.get(crafts_project.url).content.decode()
    assert "Šis leidinys parengtas su ES finansine parama." in visible_text(
        client.get(crafts_project.url)
    )
    assert 'class="eu-emblem"' in html


def test_project_page_with_only_a_maximum_rate_says_up_to(client, site_tree):
    project = factories.ProjectPageFactory(
        parent=site_tree.project_index,
        total_budget=Decimal("58079.78"),
        eu_contribution=None,
        maximum_rate=Decimal("85"),
    )
    panel = facts(client.get(project.url))
    assert panel[label("Total budget")] == "58 079,78 €"
    up_to = pgettext_lt("co-financing rate", "up to")
    assert panel[label("EU co-financing rate")] == f"{up_to} 85 %"


def test_project_index_lists_projects_with_programme(client, crafts_project, site_tree):
    text = visible_text(client.get(site_tree.project_index.url))
    assert "Amatai be sienų" in text
    assert "LV–RU 2014–2020" in text


def test_news_index_lists_posts_newest_first(client, site_tree):
    factories.NewsPageFactory(
        parent=site_tree.news_index, title="Senesnė", date=datetime.date(2019, 5, 22)
    )
    factories.NewsPageFactory(
        parent=site_tree.news_index, title="Naujesnė", date=datetime.date(2019, 5, 27)
    )
    text = visible_text(client.get(site_tree.news_index.url))
    assert text.index("Naujesnė") < text.index("Senesnė")


@pytest.mark.parametrize("page_number", ["abc", "0", "-1", "9999", "1.5", "\x00"])
def test_news_index_answers_a_bad_page_number_with_its_only_page(client, site_tree, page_number):
    # The whole contract, for every list: tests/test_pagination.py.
    factories.NewsPageFactory(parent=site_tree.news_index, title="Vienintelė")
    response = client.get(site_tree.news_index.url, {"page": page_number})
    assert response.status_code == 200
    assert "Vienintelė" in visible_text(response)


def test_news_post_shows_date_category_project_and_neighbours(client, site_tree, crafts_project):
    category = factories.NewsCategoryFactory(name="Mokymai")
    older = factories.NewsPageFactory(
        parent=site_tree.news_index, title="Pirmasis susitikimas", date=datetime.date(2018, 7, 19)
    )
    post = factories.NewsPageFactory(
        parent=site_tree.news_index, title="Mokymai amatininkams", date=datetime.date(2019, 5, 27)
    )
    post.categories.add(category)
    post.save()
    factories.NewsPageProjectFactory(page=post, project=crafts_project)
    response = client.get(post.url)
    (shown_date,) = lxml_html.fromstring(response.content).xpath(
        "//header[@class='page-header']//time[@datetime='2019-05-27']"
    )
    with override("lt"):
        assert shown_date.text_content() == date_format(post.date, "DATE_FORMAT")
    text = visible_text(response)
    assert "Mokymai" in text
    assert "Amatai be sienų" in text
    assert older.title in text
    assert "Šis leidinys parengtas su ES finansine parama." in text


def test_cluster_page_lists_members_with_sectors(client, site_tree):
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index, title="Amatų klasteris")
    sector = factories.CraftSectorFactory(name="Keramika")
    factories.ClusterMemberPageFactory(
        parent=cluster, title="Ona Puodžiūtė", craft_sectors=[sector]
    )
    assert "Amatų klasteris" in visible_text(client.get(site_tree.cluster_index.url))
    text = visible_text(client.get(cluster.url))
    assert "Ona Puodžiūtė" in text
    assert "Keramika" in text


def test_member_profile_shows_products_workshops_languages_and_contact(client, site_tree):
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index)
    region = factories.RegionFactory(name="Tauragės rajonas")
    member = factories.ClusterMemberPageFactory(
        parent=cluster,
        title="Jonas Kalvis",
        region=region,
        municipality="Tauragė",
        phone="+370 600 00000",
        email="jonas@example.org",
        languages_spoken=["lt", "pl", "ru"],
        products=[
            (
                "product",
                {"name": "Kaltos žvakidės", "description": "Rankų darbo.", "price": "nuo 25 €"},
            )
        ],
        workshops=[("workshop", {"title": "Kalvystės pamoka", "duration": "3 val."})],
    )
    text = visible_text(client.get(member.url))
    for fact in [
        "Jonas Kalvis",
        "Tauragės rajonas",
        "Kaltos žvakidės",
        "Kalvystės pamoka",
        "polski",
        "русский",
        "+370 600 00000",
    ]:
        assert fact in text, fact
    assert "jonas@example.org" not in client.get(member.url).content.decode()  # not harvestable


def test_standard_page_shows_intro_and_body(client, site_tree):
    page = factories.StandardPageFactory(
        parent=site_tree.home,
        title="Apie mus",
        intro="Kas mes esame.",
        body=[("paragraph", "<p>Vietos veiklos grupė nuo 2009 m.</p>")],
    )
    text = visible_text(client.get(page.url))
    assert "Kas mes esame." in text
    assert "Vietos veiklos grupė nuo 2009 m." in text


def test_every_page_has_exactly_one_h1(client, site_tree, crafts_project):
    for url in [
        "/lt/",
        site_tree.news_index.url,
        site_tree.project_index.url,
        crafts_project.url,
        site_tree.cluster_index.url,
    ]:
        html = client.get(url).content.decode()
        assert len(re.findall(r"<h1\b", html)) == 1, url
