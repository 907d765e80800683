"""Evidence packs in bulk from the EU visibility report: one per project of the filtered
rows, only for projects the user may edit, refused to those who may not read the report."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from compliance.models import EvidencePack, PackStatus
from tests import factories
from tests.compliance_site import bilingual_site, complete_project
from tests.translations.users import is_denied, make_user
from translations.roles import COMMUNICATIONS, setup_roles, translators_group

BULK = "/admin/reports/eu-visibility/evidence-packs/"


@pytest.fixture
def site(site_tree):
    setup_roles()
    built = bilingual_site(site_tree)
    # With a Latvian partner but Lithuanian only: its row "not published in Latvian" fails,
    # the bilingual one passes.
    built.other = complete_project(site_tree, title="Kitas projektas").project
    factories.ProjectPartnerFactory(page=built.other, organisation__country="LV")
    return built


def build(client, django_capture_on_commit_callbacks, **filters):
    query = "&".join(f"{name}={value}" for name, value in filters.items())
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(f"{BULK}?{query}" if query else BULK)


def test_the_bulk_address(site):
    assert reverse("compliance_report_evidence_packs") == BULK


def test_the_report_header_links_to_bulk_packs_with_its_filters(client, site):
    client.force_login(make_user("editor", COMMUNICATIONS))
    html = client.get("/admin/reports/eu-visibility/", {"language": "lv"}).text
    assert f'href="{BULK}?language=lv"' in html
    assert "Build evidence packs for these projects" in html


def test_the_confirmation_lists_the_failing_rows_projects(client, site):
    client.force_login(make_user("editor", COMMUNICATIONS))
    html = client.get(BULK).text
    assert "Kitas projektas" in html
    assert site.project.title not in html  # passes every rule: not in the failing rows
    assert not EvidencePack.objects.exists()  # a GET builds nothing


def test_posting_builds_one_pack_per_project_of_the_rows(
    client, site, django_capture_on_commit_callbacks
):
    client.force_login(make_user("editor", COMMUNICATIONS))
    response = build(client, django_capture_on_commit_callbacks, status="all")
    assert response.status_code == 302
    assert response.url == "/admin/reports/eu-visibility/?status=all"
    packs = EvidencePack.objects.all()
    assert {pack.page_id for pack in packs} == {site.project.pk, site.other.pk}
    assert {pack.status for pack in packs} == {PackStatus.READY}


def test_the_message_counts_the_packs_and_links_where_they_are_listed(
    client, site, django_capture_on_commit_callbacks
):
    client.force_login(make_user("editor", COMMUNICATIONS))
    response = build(client, django_capture_on_commit_callbacks, status="all")
    html = client.get(response.url).text
    assert "2 evidence packs are being built." in html
    for page in (site.project, site.other):
        assert reverse("compliance_evidence_packs", args=[page.pk]) in html


def test_packs_are_built_only_for_projects_the_user_may_edit(
    client, site, django_capture_on_commit_callbacks
):
    group = Group.objects.create(name="Report readers editing one project")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_compliancereport"),
    )
    GroupPagePermission.objects.create(
        group=group, page=site.other, permission=Permission.objects.get(codename="change_page")
    )
    client.force_login(make_user("reader", group))
    build(client, django_capture_on_commit_callbacks, status="all")
    assert list(EvidencePack.objects.values_list("page_id", flat=True)) == [site.other.pk]


def test_a_translator_is_refused(client, site, django_capture_on_commit_callbacks):
    client.force_login(make_user("translator", translators_group("lv")))
    assert is_denied(build(client, django_capture_on_commit_callbacks, status="all"))
    assert not EvidencePack.objects.exists()
