"""Importing a keep.eu export: draft project pages under the source language's project index,
organisations and partners; idempotent on the project id; all or nothing; a dry run writes
nothing."""

import csv
import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from opendata.keep_import.run import import_keep_file
from projects.models import FundingProgramme, Organisation, ProjectPage
from tests import factories

FIXTURE = Path(__file__).parent / "data" / "keep_eu_export.csv"


@pytest.fixture(autouse=True)
def in_english():
    """The import's reports read in English here (the admin shows them in the editor's language:
    tests/test_keep_import_admin.py)."""
    with translation.override("en"):
        yield


def fixture_rows():
    with FIXTURE.open(encoding="utf-8") as handle:
        return list(csv.reader(handle))


def as_csv(rows):
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


def as_xlsx(rows):
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def run(site, data=None, name="keep.csv", dry_run=False):
    return import_keep_file(name, data or FIXTURE.read_bytes(), site, dry_run=dry_run)


def snapshot():
    return (
        sorted(ProjectPage.objects.values_list("title", "latest_revision_id")),
        Organisation.objects.count(),
        FundingProgramme.objects.count(),
    )


def test_fixture_imports_draft_projects_under_the_source_project_index(site_tree):
    result = run(site_tree.site)
    assert result.ok, result.problems
    crafts = ProjectPage.objects.get(project_number="LV-RU-018")
    assert crafts.get_parent().pk == site_tree.project_index.pk
    assert not crafts.live
    assert crafts.locale.language_code == "lt"
    assert (crafts.total_budget, crafts.eu_contribution) == (
        Decimal("799740.50"),
        Decimal("719766.45"),
    )
    assert crafts.programme.fund == "eni"
    assert "<p>New joint craft products" in crafts.aims


def test_fixture_imports_partners_with_the_lead_first(site_tree):
    run(site_tree.site)
    crafts = ProjectPage.objects.get(project_number="LV-RU-018")
    partners = [
        (p.organisation.name, p.organisation.country, p.role) for p in crafts.partners.all()
    ]
    assert partners[0] == ("Latgales plānošanas reģions", "LV", "lead")
    assert ("Администрация Порховского района", "RU", "partner") in partners
    assert len(partners) == 5
    lt_pl = ProjectPage.objects.get(project_number="LT-PL-2014-CRAFTS")
    assert lt_pl.maximum_rate == Decimal("85.00")
    assert [p.organisation.name for p in lt_pl.partners.all()] == [
        "Tauragės rajono vietos veiklos grupė",
        "Gmina Puńsk",
    ]


def test_an_excel_export_imports_the_same(site_tree):
    result = run(site_tree.site, as_xlsx(fixture_rows()), name="keep.xlsx")
    assert result.ok, result.problems
    assert (
        ProjectPage.objects.filter(project_number__in=["LV-RU-018", "LT-PL-2014-CRAFTS"]).count()
        == 2
    )


def test_a_second_run_changes_nothing(site_tree):
    run(site_tree.site)
    before = snapshot()
    second = run(site_tree.site)
    assert {action.kind for action in second.actions} == {"unchanged"}
    assert snapshot() == before


def test_an_existing_project_is_updated_through_a_draft_revision(site_tree):
    live = factories.ProjectPageFactory(
        parent=site_tree.project_index, project_number="LV-RU-018", title="Amatniecība"
    )
    result = run(site_tree.site)
    assert ("update", "LV-RU-018") in {(a.kind, "LV-RU-018") for a in result.actions}
    live.refresh_from_db()
    assert live.live and live.title == "Amatniecība"  # the live page is untouched
    assert live.get_latest_revision_as_object().title == "Crafts without borders"


def test_a_file_with_one_bad_row_imports_nothing_and_names_the_row(site_tree):
    rows = fixture_rows()
    rows[4][rows[0].index("project_start_date")] = "2018-13-45"
    result = run(site_tree.site, as_csv(rows))
    assert not result.ok
    (line, message), *_rest = result.problems
    assert line == 5
    assert "project_start_date" in message and "2018-13-45" in message
    assert ProjectPage.objects.count() == 0
    assert Organisation.objects.count() == 0


def test_an_unknown_country_is_named_with_its_row(site_tree):
    rows = fixture_rows()
    rows[2][rows[0].index("country")] = "Atlantis"
    result = run(site_tree.site, as_csv(rows))
    assert [(line, "Atlantis" in message) for line, message in result.problems] == [(3, True)]


def test_the_dry_run_lists_what_would_be_created_and_writes_nothing(site_tree):
    result = run(site_tree.site, dry_run=True)
    assert result.ok and not result.written
    created = {(a.what, a.label) for a in result.actions if a.kind == "create"}
    assert ("project page", "Crafts without borders") in created
    assert ("organisation", "Gmina Puńsk") in created
    assert ProjectPage.objects.count() == 0
    assert Organisation.objects.count() == 0


def test_a_file_that_is_not_a_spreadsheet_is_refused(site_tree):
    result = run(site_tree.site, b"\x89PNG\r\n", name="keep.xlsx")
    assert result.problems == [(None, "This file is not an Excel (.xlsx) workbook.")]


def test_another_file_type_is_refused(site_tree):
    result = run(site_tree.site, b"<svg/>", name="keep.svg")
    assert not result.ok
    assert ProjectPage.objects.count() == 0


def test_the_command_imports_and_reports(site_tree, capsys):
    call_command("import_keep", str(FIXTURE))
    assert ProjectPage.objects.filter(live=False).count() == 2
    assert "create project page “Crafts without borders”" in capsys.readouterr().out


def test_the_command_dry_run_writes_nothing(site_tree, capsys):
    call_command("import_keep", str(FIXTURE), "--dry-run")
    assert ProjectPage.objects.count() == 0
    assert "Dry run" in capsys.readouterr().out


def test_the_command_fails_on_a_bad_file(site_tree, tmp_path):
    bad = tmp_path / "keep.csv"
    rows = fixture_rows()
    rows[1][rows[0].index("total_budget")] = "a lot"
    bad.write_bytes(as_csv(rows))
    with pytest.raises(CommandError):
        call_command("import_keep", str(bad))
    assert ProjectPage.objects.count() == 0
