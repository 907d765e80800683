"""Review before publish: a translator's work goes live only after a reviewer approves it
(`translations.patches.review_before_publish`, `draft_without_publishing`)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment, Translation

from tests import factories
from tests.translations.users import make_user, translation_editor_title
from translations.roles import MODERATORS, REVIEWERS, setup_roles, translators_group


@pytest.fixture
def about(site_tree, translate):
    """A Lithuanian page with a published Latvian translation, and the roles."""
    page = factories.StandardPageFactory(
        parent=site_tree.home, title="Apie mus", slug="apie", intro="Apie projektą."
    )
    translate(site_tree.home, "lv")
    lv = translate(page, "lv", {"Apie mus": "Par mums", "Apie projektą.": "Par projektu."})
    setup_roles()
    return {"lt": page, "lv": lv}


@pytest.fixture
def translator(client):
    client.force_login(make_user("translator-lv", translators_group("lv")))
    return client


@pytest.fixture
def reviewer_client(client_factory):
    client = client_factory()
    client.force_login(make_user("reviewer", REVIEWERS))
    return client


@pytest.fixture
def client_factory():
    from django.test import Client

    return Client


def retranslate_intro(client, page, text):
    """What the translation editor's "Save" on one string does: its API call."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    segment = StringSegment.objects.get(source=translation.source, string__data="Apie projektą.")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, f"value={text}", content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content


def submit(client, page):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return client.post(url, {"action-submit": "1"})


def approve(client, page, django_capture_on_commit_callbacks):
    page.refresh_from_db()
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(url, {"comment": ""})


def live_intro(page):
    return type(page).objects.get(pk=page.pk).intro


def test_translator_submission_puts_the_translation_in_review_not_live(about, translator):
    retranslate_intro(translator, about["lv"], "Par mūsu projektu.")
    response = submit(translator, about["lv"])
    assert response.status_code == 302
    page = about["lv"]
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert live_intro(page) == "Par projektu."
    assert page.get_latest_revision_as_object().intro == "Par mūsu projektu."


def test_submission_tells_the_translator_where_it_went(about, translator):
    response = submit(translator, about["lv"])
    response = translator.get(response.url)
    html = response.content.decode()
    assert "has been submitted to Translation review" in html
    assert "Awaiting Translation review" in html


def test_reviewer_approval_publishes_the_translation(
    about, translator, reviewer_client, django_capture_on_commit_callbacks
):
    retranslate_intro(translator, about["lv"], "Par mūsu projektu.")
    submit(translator, about["lv"])
    response = approve(reviewer_client, about["lv"], django_capture_on_commit_callbacks)
    assert response.status_code in (200, 302)
    page = about["lv"]
    page.refresh_from_db()
    assert page.workflow_states.get().status == WorkflowState.STATUS_APPROVED
    assert live_intro(page) == "Par mūsu projektu."


def test_published_translation_is_what_visitors_see(
    about, translator, reviewer_client, client_factory, django_capture_on_commit_callbacks
):
    retranslate_intro(translator, about["lv"], "Par mūsu projektu.")
    submit(translator, about["lv"])
    approve(reviewer_client, about["lv"], django_capture_on_commit_callbacks)
    response = client_factory().get(about["lv"].url)
    assert "Par mūsu projektu." in response.content.decode()


def test_translator_cannot_approve_their_own_work(
    about, translator, django_capture_on_commit_callbacks
):
    retranslate_intro(translator, about["lv"], "Par mūsu projektu.")
    submit(translator, about["lv"])
    approve(translator, about["lv"], django_capture_on_commit_callbacks)
    page = about["lv"]
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert live_intro(page) == "Par projektu."


def test_reviewer_opens_the_page_under_review_in_the_translation_editor(
    about, translator, reviewer_client
):
    submit(translator, about["lv"])
    url = reverse("wagtailadmin_pages:edit", args=[about["lv"].pk])
    response = reviewer_client.get(url)
    assert translation_editor_title(response) == "Par mums"
    assert "Awaiting Translation review" in response.content.decode()


def test_rejected_translation_stays_unpublished_and_can_be_resubmitted(
    about, translator, reviewer_client
):
    retranslate_intro(translator, about["lv"], "Par mūsu projektu.")
    submit(translator, about["lv"])
    page = about["lv"]
    page.refresh_from_db()
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    reviewer_client.post(url, {"comment": "Par garu."})
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert live_intro(page) == "Par projektu."

    submit(translator, page)
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_moderators_approve_communications_review_of_source_pages(
    about, client, client_factory, django_capture_on_commit_callbacks
):
    editor = client_factory()
    editor.force_login(make_user("lt-translator", translators_group("lt")))
    page = about["lt"]
    page.intro = "Nauja įžanga."
    page.save_revision()
    page.get_workflow().start(page, get_user_model().objects.get(username="lt-translator"))
    assert live_intro(page) == "Apie projektą."

    moderator = client_factory()
    moderator.force_login(make_user("moderator", MODERATORS))
    approve(moderator, page, django_capture_on_commit_callbacks)
    assert live_intro(page) == "Nauja įžanga."
