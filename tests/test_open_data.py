"""Open data out: the site's projects, partners and consented member profiles as keep.eu-shaped
JSON and CSV and the CPR Art. 49 list of operations as XLSX, leaking nothing unpublished,
private or unconsented."""

import csv
import io
import json
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from home.shared_cache import bump
from opendata.operations import HEADER
from opendata.projects_data import PARTNER_FIELDS, PROJECT_FIELDS
from tests import factories
from tests.queries import count_queries

KEEP_PROJECT_NAMES = {
    "project_id",
    "acronym",
    "programme_name",
    "period",
    "expected_achievements",
    "actual_achievements",
    "project_start_date",
    "project_end_date",
    "total_budget",
    "eu_funding_amount",
    "eu_funding_cofinancing_rate",
    "contributing_eu_funds",
    "priority_specific_objective",
    "website",
}
KEEP_PARTNER_NAMES = {"partner_type", "country", "town", "organisation_type", "website"}


def read_csv(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def crafts(site_tree):
    """The Latvia–Russia project "Crafts" with its lead partner and a Russian partner."""
    programme = factories.FundingProgrammeFactory(
        name="Latvia–Russia Cross-Border Cooperation Programme 2014–2020", fund="eni"
    )
    project = factories.ProjectPageFactory(
        parent=site_tree.project_index,
        title="Amatniecība bez robežām",
        acronym="Crafts",
        project_number="LV-RU-018",
        programme=programme,
        aims="<p>Veicināt amatniecības attīstību.</p><ul><li>Darbnīcas</li></ul>",
    )
    lead = factories.OrganisationFactory(
        name="Latgales plānošanas reģions", country="LV", town="Daugavpils"
    )
    porkhov = factories.OrganisationFactory(
        name="Porhovas rajona administrācija", country="RU", town="Porhov"
    )
    factories.ProjectPartnerFactory(page=project, organisation=porkhov, role="partner")
    factories.ProjectPartnerFactory(page=project, organisation=lead, role="lead")
    return project


def test_projects_json_uses_keep_eu_names_and_nests_partners(client, crafts):
    (project,) = json.loads(client.get("/open-data/projects.json").content)
    assert set(project) >= KEEP_PROJECT_NAMES
    assert project["project_id"] == "LV-RU-018"
    assert project["total_budget"] == 799740.5
    assert project["eu_funding_cofinancing_rate"] == 90.0
    assert project["contributing_eu_funds"] == "ENI"
    assert project["expected_achievements"] == "Veicināt amatniecības attīstību.\nDarbnīcas"
    assert project["website"] == "http://localhost/lt/projects/" + crafts.slug + "/"
    partners = project["partners"]
    assert set(partners[0]) >= KEEP_PARTNER_NAMES
    assert [(p["partner_type"], p["country"]) for p in partners] == [
        ("lead", "LV"),
        ("partner", "RU"),
    ]


def test_projects_csv_has_one_row_per_project_under_keep_eu_names(client, crafts):
    response = client.get("/open-data/projects.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = read_csv(response)
    assert list(rows[0]) == PROJECT_FIELDS
    assert [(r["project_id"], r["acronym"], r["eu_funding_amount"]) for r in rows] == [
        ("LV-RU-018", "Crafts", "719766.45")
    ]


def test_partners_csv_links_each_partner_to_its_project(client, crafts):
    rows = read_csv(client.get("/open-data/partners.csv"))
    assert list(rows[0]) == PARTNER_FIELDS
    assert [(r["project_id"], r["organisation_name"], r["town"]) for r in rows] == [
        ("LV-RU-018", "Latgales plānošanas reģions", "Daugavpils"),
        ("LV-RU-018", "Porhovas rajona administrācija", "Porhov"),
    ]


def test_list_of_operations_has_the_art_49_columns(client, crafts):
    response = client.get("/open-data/list-of-operations.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content))["List of operations"]
    header, row = [[cell.value for cell in line] for line in sheet.iter_rows(max_row=2)]
    assert header == HEADER
    values = dict(zip(header, row, strict=True))
    assert values["(a) Beneficiary's name"] == "Latgales plānošanas reģions"
    assert values["(d) Name of the operation"] == "Amatniecība bez robežām"
    assert values["(h) Total cost (EUR)"] == pytest.approx(799740.5)
    assert values["(k) Union co-financing rate (%)"] == pytest.approx(90)
    assert values["(l) Country concerned"] == "LV; RU"


def test_draft_and_private_projects_are_left_out(client, site_tree, crafts):
    factories.ProjectPageFactory(parent=site_tree.project_index, title="Juodraštis", live=False)
    private = factories.ProjectPageFactory(parent=site_tree.project_index, title="Slaptas")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    names = [p["project_name"] for p in json.loads(client.get("/open-data/projects.json").content)]
    assert names == ["Amatniecība bez robežām"]


def test_a_project_of_another_site_is_left_out(client, site_tree, crafts, locales):
    # Another site's home in another language: one home per language is the rule today.
    other_home = factories.HomePageFactory(
        parent=Page.get_first_root_node(), slug="cita", locale=locales["lv"]
    )
    Site.objects.create(hostname="other.example.org", root_page=other_home)
    index = factories.ProjectIndexPageFactory(parent=other_home)
    factories.ProjectPageFactory(parent=index, title="Kitos svetainės projektas")
    names = [p["project_name"] for p in json.loads(client.get("/open-data/projects.json").content)]
    assert names == ["Amatniecība bez robežām"]


def test_locale_parameter_gives_the_translation_and_says_its_language(client, crafts, translate):
    translate(crafts.get_parent().get_parent(), "en")
    translate(crafts.get_parent(), "en")
    translate(crafts, "en", {"Amatniecība bez robežām": "Crafts without borders"})
    (english,) = json.loads(client.get("/open-data/projects.json?locale=en").content)
    assert (english["project_name"], english["language"]) == ("Crafts without borders", "en")
    assert english["languages"] == ["en", "lt"]
    (source,) = json.loads(client.get("/open-data/projects.json").content)
    assert (source["project_name"], source["language"]) == ("Amatniecība bez robežām", "lt")


def test_a_row_falls_back_to_the_source_language_without_a_translation(client, crafts):
    (row,) = json.loads(client.get("/open-data/projects.json?locale=pl").content)
    assert (row["project_name"], row["language"]) == ("Amatniecība bez robežām", "lt")


@pytest.mark.parametrize(
    "query", ["?locale=xx", "?locale=lt&locale=lv", "?lang=lt", "?page=2", "?locale="]
)
def test_bad_query_parameters_are_refused_with_a_400(client, crafts, query):
    response = client.get("/open-data/projects.csv" + query)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")


def test_files_may_be_cached_and_set_no_cookie(client, crafts):
    response = client.get("/open-data/projects.json")
    assert response["Cache-Control"] == "public, max-age=300"
    assert 'rel="license"' in response["Link"]
    assert not response.cookies


def test_a_post_is_refused(client, crafts):
    assert client.post("/open-data/projects.json").status_code == 405


def build_projects(site_tree, count):
    for _number in range(count):
        project = factories.ProjectPageFactory(parent=site_tree.project_index)
        factories.ProjectPartnerFactory(page=project, role="lead")
        factories.ProjectPartnerFactory(page=project)


def queries_when_rebuilt(client, url):
    client.get(url)
    bump()  # a new generation: the file is built again, as after any edit
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url",
    ["/open-data/projects.json", "/open-data/partners.csv", "/open-data/list-of-operations.xlsx"],
)
def test_building_a_file_costs_the_same_queries_for_3_and_30_projects(client, site_tree, url):
    # The site lookup, the site's homes and root locale, the projects, their partners with
    # organisations, the organisations' and programmes' translations: whatever the number.
    build_projects(site_tree, 3)
    few = queries_when_rebuilt(client, url)
    build_projects(site_tree, 27)
    assert len(json.loads(client.get("/open-data/projects.json").content)) == 30
    assert queries_when_rebuilt(client, url) == few


def test_a_warm_file_costs_no_more_than_the_site_lookup(client, site_tree):
    build_projects(site_tree, 3)
    assert count_queries(client, "/open-data/projects.json") <= 1


def test_an_edit_is_in_the_file_at_once(client, crafts):
    client.get("/open-data/projects.json")
    crafts.total_budget = Decimal("800000.00")
    crafts.save_revision().publish()
    (project,) = json.loads(client.get("/open-data/projects.json").content)
    assert project["total_budget"] == 800000.0


def test_text_that_looks_like_a_formula_stays_text_in_the_workbook(client, crafts):
    crafts.title = '=HYPERLINK("https://example.org","x")'
    crafts.save_revision().publish()
    response = client.get("/open-data/list-of-operations.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content))["List of operations"]
    cell = sheet.cell(2, HEADER.index("(d) Name of the operation") + 1)
    assert (cell.value, cell.data_type) == ('=HYPERLINK("https://example.org","x")', "s")
