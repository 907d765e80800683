"""The EU visibility report in the admin's Reports menu: rows, links, filters, exports,
query count and who may read it."""

import csv
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests import factories
from tests.compliance_site import bilingual_site, complete_project
from tests.members_records import speaks
from tests.translations.users import make_user
from translations.roles import COMMUNICATIONS, REVIEWERS, setup_roles, translators_group

REPORT = "/admin/reports/eu-visibility/"


@pytest.fixture
def site(site_tree):
    built = bilingual_site(site_tree)
    built.tree = site_tree
    return built


@pytest.fixture
def admin(client, english_admin):
    client.force_login(english_admin)
    return client


def test_the_report_is_in_the_reports_menu_at_its_address(admin, site):
    assert reverse("compliance_report") == REPORT
    html = admin.get(reverse("wagtailadmin_home")).content.decode()
    assert REPORT in html


def test_complete_pages_leave_the_report_empty(admin, site):
    html = admin.get(REPORT).content.decode()
    assert "passes every rule" in html
    assert f'href="/admin/pages/{site.project.pk}/edit/"' not in html


def test_passing_pages_are_listed_on_request(admin, site):
    html = admin.get(REPORT, {"status": "all"}).content.decode()
    assert html.count("Nothing: this page passes every rule.") == 4  # two pages, two languages


def test_a_failing_row_names_what_is_missing_and_links_to_the_fix(admin, site):
    site.disclaimer_lv.delete()
    html = admin.get(REPORT).content.decode()
    translate_url = (
        f"/admin/localize/submit/snippet/projects/fundingdisclaimer/{site.disclaimer.pk}/"
    )
    assert f'href="{translate_url}"' in html
    assert "is not translated into Latvian" in html
    assert f'href="/admin/pages/{site.project_lv.pk}/edit/"' in html  # the page's own editor
    assert f'href="/admin/pages/{site.project.pk}/edit/"' not in html  # Lithuanian passes


def test_a_missing_language_is_a_row_of_that_language(admin, site):
    lonely = complete_project(site.tree, title="Vienišas projektas").project
    factories.ProjectPartnerFactory(page=lonely, organisation__country="LV")
    response = admin.get(REPORT, {"language": "lv"})
    html = response.content.decode()
    assert f'href="/admin/localize/submit/page/{lonely.pk}/"' in html
    assert "Not published in Latvian." in html
    lithuanian = admin.get(REPORT, {"language": "lt"}).content.decode()
    assert f'href="/admin/localize/submit/page/{lonely.pk}/"' not in lithuanian


def test_the_rule_filter_keeps_rows_failing_that_rule(admin, site):
    site.project_lv.results = ""
    site.project_lv.save_revision().publish()
    site.disclaimer_lv.show_emblem = False
    site.disclaimer_lv.save()
    results_html = admin.get(REPORT, {"rule": "results"}).content.decode()
    assert "results are not described" in results_html
    assert f'href="/admin/pages/{site.news_lv.pk}/edit/"' not in results_html
    assert "EU emblem is not shown" not in results_html  # the rows list that rule's findings


def test_the_page_type_filter_keeps_news_posts(admin, site):
    site.disclaimer_lv.delete()
    html = admin.get(REPORT, {"page_type": "news"}).content.decode()
    assert f'href="/admin/pages/{site.news_lv.pk}/edit/"' in html
    assert f'href="/admin/pages/{site.project_lv.pk}/edit/"' not in html


def test_the_programme_filter_keeps_its_projects(admin, site):
    other = complete_project(site.tree, title="Kitas projektas", results="")
    link = f'href="/admin/pages/{other.project.pk}/edit/"'
    html = admin.get(REPORT, {"programme": str(other.programme.translation_key)}).content.decode()
    assert link in html
    html = admin.get(REPORT, {"programme": str(site.programme.translation_key)}).content.decode()
    assert link not in html


def test_the_project_filter_keeps_its_pages(admin, site):
    other = complete_project(site.tree, title="Kitas projektas", results="").project
    site.project_lv.results = ""
    site.project_lv.save_revision().publish()
    html = admin.get(REPORT, {"project": str(other.translation_key)}).content.decode()
    assert f'href="/admin/pages/{other.pk}/edit/"' in html
    assert f'href="/admin/pages/{site.project_lv.pk}/edit/"' not in html


def test_an_unknown_filter_value_is_ignored_not_an_error(admin, site):
    assert admin.get(REPORT, {"rule": "nonsense", "language": "xx"}).status_code == 200


def report_queries(client):
    client.get(REPORT)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(REPORT)
    assert response.status_code == 200
    return len(queries), response.content.decode().count("results are not described")


def test_the_report_costs_the_same_queries_for_3_and_30_projects(admin, site_tree):
    for number in range(3):
        complete_project(site_tree, title=f"Projektas {number}", results="")
    few, rows = report_queries(admin)
    assert rows == 3
    for number in range(3, 30):
        complete_project(site_tree, title=f"Projektas {number}", results="")
    many, rows = report_queries(admin)
    assert rows == 30
    assert many == few


def test_the_csv_export_lists_the_failing_rows(admin, site):
    site.disclaimer_lv.delete()
    response = admin.get(REPORT, {"export": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(row["Page"], row["Language"]) for row in rows] == [
        (site.project_lv.title, "lv"),
        (site.news_lv.title, "lv"),
    ]
    assert all("not translated into Latvian" in row["What is missing"] for row in rows)
    assert all(row["Where to fix it"].startswith("http://testserver/admin/") for row in rows)


def test_the_xlsx_export_lists_the_failing_rows(admin, site):
    site.disclaimer_lv.show_emblem = False
    site.disclaimer_lv.save()
    response = admin.get(REPORT, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    header, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert header[:3] == ["Page", "Language", "Page type"]
    assert len(rows) == 2
    assert all("EU emblem is not shown" in row[header.index("What is missing")] for row in rows)


def test_the_report_names_what_is_missing_in_the_editors_language(client, english_admin, site):
    speaks(english_admin, "lt")
    client.force_login(english_admin)
    site.disclaimer_lv.delete()
    html = client.get(REPORT).content.decode()
    assert "pareiškimas apie finansavimą neišverstas (kalba: " in html


@pytest.fixture
def roles(site):
    setup_roles()


def test_communications_staff_read_the_report(client, roles):
    client.force_login(make_user("editor", COMMUNICATIONS))
    assert client.get(REPORT).status_code == 200
    assert client.get(REPORT, {"export": "csv"}).status_code == 200


@pytest.mark.parametrize("group", ["translator", "reviewer"])
def test_translators_are_refused_the_report(client, roles, group):
    group = translators_group("lv") if group == "translator" else REVIEWERS
    client.force_login(make_user("translator", group))
    for params in [{}, {"export": "csv"}]:
        response = client.get(REPORT, params)
        assert response.status_code == 302 and response.url == "/admin/"
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert REPORT not in home
