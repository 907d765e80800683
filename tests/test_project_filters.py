"""Visitors filter the project index by programme, status and partner country: shareable
addresses that combine, and never a server error on a bad value."""

import datetime
import re

import pytest
from django.utils import timezone

from tests import factories
from tests.lithuanian import lt
from tests.queries import count_queries
from tests.test_page_rendering import visible_text


def project_titles(response):
    html = response.content.decode()
    return re.findall(r'<h2 class="card__title"><a href="[^"]*">([^<]*)</a>', html)


def days(number):
    return timezone.localdate() + datetime.timedelta(days=number)


@pytest.fixture
def projects(site_tree):
    lt_pl = factories.FundingProgrammeFactory(short_name="Interreg LT–PL")
    lv_lt = factories.FundingProgrammeFactory(short_name="Interreg LV–LT")

    def project(title, programme, start, end, country):
        page = factories.ProjectPageFactory(
            parent=site_tree.project_index,
            title=title,
            programme=programme,
            start_date=days(start),
            end_date=days(end),
        )
        factories.ProjectPartnerFactory(
            page=page, organisation=factories.OrganisationFactory(country=country)
        )
        page.save()
        return page

    return {
        "lt_pl": lt_pl,
        "lv_lt": lv_lt,
        "planned": project("Būsimas projektas", lt_pl, 30, 400, "PL"),
        "ongoing": project("Vykdomas projektas", lv_lt, -30, 30, "LV"),
        "completed": project("Baigtas projektas", lt_pl, -800, -30, "LT"),
    }


def test_programme_filter_takes_the_programmes_id(client, projects):
    response = client.get(f"/lt/projects/?programme={projects['lt_pl'].pk}")
    assert project_titles(response) == ["Būsimas projektas", "Baigtas projektas"]


@pytest.mark.parametrize(
    ("status", "title"),
    [
        ("planned", "Būsimas projektas"),
        ("ongoing", "Vykdomas projektas"),
        ("completed", "Baigtas projektas"),
    ],
)
def test_status_filter_compares_the_dates_with_today(client, projects, status, title):
    assert project_titles(client.get(f"/lt/projects/?status={status}")) == [title]


def test_project_ending_today_is_still_ongoing(client, site_tree, projects):
    factories.ProjectPageFactory(
        parent=site_tree.project_index,
        title="Baigiasi šiandien",
        start_date=days(-5),
        end_date=days(0),
    )
    titles = project_titles(client.get("/lt/projects/?status=ongoing"))
    assert "Baigiasi šiandien" in titles


def test_country_filter_matches_any_partners_country(client, projects):
    response = client.get("/lt/projects/?country=LV")
    assert project_titles(response) == ["Vykdomas projektas"]


def test_filters_combine(client, projects):
    url = f"/lt/projects/?programme={projects['lt_pl'].pk}&status=completed&country=lt"
    assert project_titles(client.get(url)) == ["Baigtas projektas"]


def test_combination_without_projects_says_so(client, projects):
    response = client.get("/lt/projects/?status=planned&country=LV")
    assert project_titles(response) == []
    assert lt("No projects match these filters.") in visible_text(response)


def test_filter_form_has_fieldsets_labels_and_marks_the_active_choice(client, projects):
    html = client.get("/lt/projects/?status=ongoing").content.decode()
    assert html.count("<fieldset") == html.count("<legend>") == 3
    assert f"<legend>{lt('Partner country')}</legend>" in html
    assert 'name="status" value="ongoing" checked>' in html
    assert "Interreg LV–LT</label>" in html
    assert f'<button type="submit">{lt("Show projects")}</button>' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("programme=abc", "There is no programme “abc”."),
        ("programme=999999", "There is no programme “999999”."),
        ("programme=99999999999999999999999", "There is no programme “99999999999999999999999”."),
        ("status=someday", "There is no project status “someday”."),
        ("country=XX", "There is no country “XX”."),
    ],
)
def test_unknown_filter_value_is_a_not_found_page_that_says_why(client, projects, query, message):
    response = client.get(f"/lt/projects/?{query}")
    assert response.status_code == 404
    assert lt(message) in response.content.decode()
    assert project_titles(response) == []
    assert lt("Clear all filters") in response.content.decode()


def test_script_in_a_filter_value_is_escaped(client, projects):
    response = client.get("/lt/projects/?status=%3Cscript%3E")
    assert response.status_code == 404
    assert "<script>" not in response.content.decode().split("</header>", 1)[-1]


@pytest.mark.parametrize("query", ["programme=%00", "status=%00", "country=L%00"])
def test_nul_byte_is_not_found_not_a_server_error(client, projects, query):
    assert client.get(f"/lt/projects/?{query}").status_code == 404


def test_programme_filter_works_in_a_second_language(client, site_tree, projects, translate):
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    translate(site_tree.project_index, "en", {"Projektai": "Projects", "projects": "projects"})
    programme = translate(projects["lv_lt"], "en", {"Interreg LV–LT": "Interreg Latvia–Lithuania"})
    translate(projects["ongoing"], "en", {"Vykdomas projektas": "Ongoing project"})
    response = client.get(f"/en/projects/?programme={programme.pk}&status=ongoing")
    assert response.status_code == 200
    assert project_titles(response) == ["Ongoing project"]
    assert "Interreg Latvia–Lithuania</label>" in response.content.decode()


def test_filtered_index_query_count_does_not_grow_with_projects(client, site_tree, projects):
    def add(count):
        for _ in range(count):
            page = factories.ProjectPageFactory(
                parent=site_tree.project_index,
                programme=projects["lt_pl"],
                start_date=days(-100),
                end_date=days(-10),
            )
            factories.ProjectPartnerFactory(page=page)
            page.save()

    url = f"/lt/projects/?programme={projects['lt_pl'].pk}&status=completed&country=LT"
    with_three = count_queries(client, url)
    add(17)  # twenty
    with_twenty = count_queries(client, url)
    # The frame (site, locale, page, navigation, switcher, footer, JSON-LD breadcrumb), the
    # filter choices (programmes, partner countries), the programme lookup, then the projects
    # with their programmes: never one per project.
    assert with_twenty == with_three
    assert with_three <= 40
