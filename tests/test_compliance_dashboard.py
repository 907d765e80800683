"""The dashboard's "EU visibility" panel: the number of failing pages, linking to the report."""

import pytest
from django.urls import reverse

from tests.compliance_site import complete_project
from tests.translations.users import make_user
from translations.roles import COMMUNICATIONS, setup_roles, translators_group


@pytest.fixture
def admin(client, english_admin):
    client.force_login(english_admin)
    return client


def dashboard(client):
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_panel_counts_failing_pages_and_links_to_the_report(admin, site_tree):
    complete_project(site_tree, title="Pirmas", results="")
    complete_project(site_tree, title="Antras", results="")
    complete_project(site_tree, title="Trečias")
    html = dashboard(admin)
    assert "2 pages or languages miss what the EU visibility rules ask for." in html
    assert 'href="/admin/reports/eu-visibility/"' in html


def test_the_panel_count_follows_a_fix(admin, site_tree):
    project = complete_project(site_tree, results="").project
    assert "1 page or language misses" in dashboard(admin)
    project.results = "<p>Įkurtas klasteris.</p>"
    project.save_revision().publish()
    assert "passes every rule" in dashboard(admin)


def test_translators_do_not_see_the_panel(client, site_tree):
    complete_project(site_tree, results="")
    setup_roles()
    client.force_login(make_user("translator", translators_group("lt")))
    assert "EU visibility" not in dashboard(client)
    client.force_login(make_user("editor", COMMUNICATIONS))
    assert "1 page or language misses" in dashboard(client)
