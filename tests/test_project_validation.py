"""Editors who enter impossible funding facts get a clear message in the page editor."""

import datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

from tests import factories


@pytest.fixture
def project(site_tree):
    project = factories.ProjectPageFactory(parent=site_tree.project_index)
    factories.ProjectPartnerFactory(page=project, role="lead")
    return project


@pytest.fixture
def admin_language(admin_user):
    """Set the language the editor chose for the admin."""

    def choose(code):
        UserProfile.get_for_user(admin_user)
        UserProfile.objects.filter(user=admin_user).update(preferred_language=code)

    choose("en")
    return choose


@pytest.fixture
def edit_form(admin_client, admin_language, project):
    """Post the project's own edit form back with some fields changed."""
    url = reverse("wagtailadmin_pages:edit", args=[project.pk])

    def post(**changes):
        data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
        data.setdefault("body-count", "0")  # StreamFields are drawn by JavaScript; ours is empty
        for name, value in changes.items():
            data[name] = value
        return admin_client.post(url, data)

    return post


def test_unchanged_project_saves(edit_form, project):
    response = edit_form(title="Renamed project")
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.get_latest_revision_as_object().title == "Renamed project"


def test_eu_contribution_over_total_budget_is_rejected(edit_form):
    response = edit_form(total_budget="1000.00", eu_contribution="1000.01")
    assert response.status_code == 200
    assert "The EU contribution cannot exceed the total budget." in response.content.decode()


def test_end_date_before_start_date_is_rejected(edit_form):
    response = edit_form(start_date="2020-01-01", end_date="2019-12-31")
    assert response.status_code == 200
    assert "The end date cannot be before the start date." in response.content.decode()


def test_rate_over_one_hundred_percent_is_rejected(edit_form):
    response = edit_form(eu_contribution="", maximum_rate="100.5")
    assert response.status_code == 200
    assert "A co-financing rate cannot be over 100 %." in response.content.decode()


def test_second_lead_partner_is_rejected(edit_form, project):
    other = factories.OrganisationFactory()
    response = edit_form(
        **{
            "partners-TOTAL_FORMS": "2",
            "partners-1-organisation": str(other.pk),
            "partners-1-role": "lead",
            "partners-1-ORDER": "2",
            "partners-1-id": "",
        }
    )
    assert response.status_code == 200
    assert "A project has one lead partner" in response.content.decode()


def test_lithuanian_editor_reads_the_message_in_lithuanian(edit_form, admin_language):
    admin_language("lt")
    response = edit_form(total_budget="1000.00", eu_contribution="1000.01")
    assert "ES įnašas negali viršyti bendro biudžeto." in response.content.decode()


def test_rejected_edit_keeps_what_the_editor_typed(edit_form):
    response = edit_form(total_budget="1000.00", eu_contribution="2000.00", acronym="KEEPME")
    assert 'value="KEEPME"' in response.content.decode()


def test_rate_is_derived_from_contribution_and_budget(project):
    assert project.co_financing_rate == pytest.approx(90.0, abs=0.01)


def test_duration_counts_whole_months(project):
    project.start_date, project.end_date = datetime.date(2018, 7, 1), datetime.date(2020, 6, 30)
    assert project.duration_months == 24
