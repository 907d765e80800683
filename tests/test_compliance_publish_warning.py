"""Publishing a page that fails an EU visibility rule warns the editor (it never blocks)."""

import pytest
from django.contrib.messages import WARNING, get_messages
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from tests import factories
from tests.compliance_site import complete_project
from tests.members_records import publish_in_editor


@pytest.fixture
def admin(client, english_admin):
    client.force_login(english_admin)
    return client


def warnings(response):
    return [str(m) for m in get_messages(response.wsgi_request) if m.level == WARNING]


def test_publishing_a_project_without_results_warns_what_is_missing(admin, site_tree):
    project = complete_project(site_tree, results="").project
    response = publish_in_editor(admin, project, title="Amatų klasteris (atnaujinta)")
    assert response.status_code == 302
    [warning] = warnings(response)
    assert "EU visibility rules ask for more" in warning
    assert "The project ended on 30 June 2020 and its results are not described." in warning
    assert "/admin/reports/eu-visibility/" in warning  # the report, for those who may read it
    project.refresh_from_db()
    assert project.live and project.title == "Amatų klasteris (atnaujinta)"  # not blocked


def test_publishing_a_complete_project_shows_no_warning(admin, site_tree):
    project = complete_project(site_tree).project
    response = publish_in_editor(admin, project, title="Amatų klasteris (atnaujinta)")
    assert response.status_code == 302
    assert warnings(response) == []


def test_publishing_a_news_post_about_a_project_without_disclaimer_warns(admin, site_tree):
    project = complete_project(site_tree).project
    project.programme.disclaimers.all().delete()
    news = factories.NewsPageFactory(parent=site_tree.news_index, title="Mokymai")
    factories.NewsPageProjectFactory(page=news, project=project)
    response = publish_in_editor(admin, news)
    [warning] = warnings(response)
    assert "No funding disclaimer is shown for “Amatų klasteris”." in warning


def test_approving_the_last_task_of_a_workflow_warns_too(admin, english_admin, site_tree):
    project = complete_project(site_tree, results="").project
    project.title = "Amatų klasteris (peržiūrai)"
    project.save_revision(user=english_admin)
    task = GroupApprovalTask.objects.create(name="Review")
    workflow = Workflow.objects.create(name="Review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    state = workflow.start(project, english_admin)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[project.pk, "approve", state.current_task_state.pk],
    )
    response = admin.post(url, {"comment": ""})
    project.refresh_from_db()
    assert project.title == "Amatų klasteris (peržiūrai)"  # approved and published
    [warning] = warnings(response)
    assert "results are not described" in warning
