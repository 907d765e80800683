"""The admin's reports on a network install: the EU visibility report and the translation
status report have a "Site" filter, and an organisation's editor (their groups made by
`add_site`) never sees another site's rows, whatever the filter says."""

import pytest
from django.urls import reverse

from tests import factories
from tests.compliance_site import complete_project
from tests.multisite import LIELUPE
from tests.translations.users import make_user
from translations.sites import add_site

REPORT = "/admin/reports/eu-visibility/"
A_PROJECT, B_PROJECT = "Tauragės projektas", "Lielupes projekts"


@pytest.fixture
def network(two_sites, django_capture_on_commit_callbacks):
    """Both sites of tests/multisite.py with their groups, and a project page on each."""
    with django_capture_on_commit_callbacks(execute=True):
        add_site("localhost", "Taurage", ["lt"])
        add_site(LIELUPE, "Lielupe", ["lv", "lt"])
    two_sites.a_project = complete_project(two_sites.a, title=A_PROJECT).project
    b_projects = factories.ProjectIndexPageFactory(
        parent=two_sites.b.home, title="Projekti", locale=two_sites.b.home.locale
    )
    two_sites.b_project = factories.ProjectPageFactory(
        parent=b_projects, title=B_PROJECT, locale=b_projects.locale
    )
    return two_sites


def edit_link(page):
    """A report row's link to the page's editor."""
    return f'href="/admin/pages/{page.pk}/edit/"'


@pytest.fixture
def a_editor(client, network):
    client.force_login(make_user("editor-a", "Taurage: editors"))
    return client


@pytest.fixture
def admin(client, english_admin):
    client.force_login(english_admin)
    return client


def test_site_editor_sees_only_their_sites_rows_in_the_eu_visibility_report(a_editor):
    html = a_editor.get(REPORT, {"status": "all"}).content.decode()
    assert A_PROJECT in html
    assert B_PROJECT not in html


def test_site_editor_cannot_pick_another_site_in_the_eu_visibility_report(a_editor, network):
    html = a_editor.get(REPORT, {"status": "all", "site": network.b.site.pk}).content.decode()
    assert B_PROJECT not in html


def test_eu_visibility_site_filter_keeps_that_sites_rows(admin, network):
    html = admin.get(REPORT, {"status": "all", "site": network.b.site.pk}).content.decode()
    assert edit_link(network.b_project) in html
    assert edit_link(network.a_project) not in html
    everything = admin.get(REPORT, {"status": "all"}).content.decode()
    assert edit_link(network.a_project) in everything
    assert edit_link(network.b_project) in everything


@pytest.mark.parametrize("value", ["x", "999999", "-1", "1' OR 1=1"])
def test_a_bad_site_value_in_the_eu_visibility_report_is_no_error(admin, network, value):
    assert admin.get(REPORT, {"site": value}).status_code == 200


def test_site_editor_sees_only_their_sites_pages_in_the_translation_status(a_editor):
    html = a_editor.get(reverse("translations_status")).content.decode()
    assert "Tauragės mokymai" in html
    assert "Lielupės mokymai" not in html


def test_translation_status_site_filter_keeps_that_sites_pages(admin, network):
    url = reverse("translations_status")
    html = admin.get(url, {"site": network.b.site.pk}).content.decode()
    assert "Lielupės mokymai" in html
    assert "Tauragės mokymai" not in html
    a_only = admin.get(url, {"site": network.a.site.pk}).content.decode()
    assert "Tauragės mokymai" in a_only
    assert "Lielupės mokymai" not in a_only


def test_site_editor_cannot_pick_another_site_in_the_translation_status(a_editor, network):
    url = reverse("translations_status")
    html = a_editor.get(url, {"site": network.b.site.pk}).content.decode()
    assert "Lielupės mokymai" not in html


@pytest.mark.parametrize("value", ["x", "999999", "-1"])
def test_a_bad_site_value_in_the_translation_status_is_no_error(admin, network, value):
    assert admin.get(reverse("translations_status"), {"site": value}).status_code == 200
