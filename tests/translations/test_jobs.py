"""Translation jobs: created from the status report for several languages, each in its
assignee's queue only, emailed, followed string by string, finished into review
(`translations.jobs`)."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringSegment, Translation

from tests import factories
from tests.translations.jobs import (
    CREATE_URL,
    JOBS_URL,
    REPORT_URL,
    create_job,
    job_url,
    manager,
    person,
    selection_value,
)
from tests.translations.users import is_denied, put_string
from translations.jobs.creation import create_jobs
from translations.jobs.models import TranslationJob

PAGE_TITLE = "Amatų mugė"
PAGE_INTRO = "Mugė vyks Tauragėje."


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def people(tree):
    return {
        "manager": manager(),
        "lv": person("translator-lv", "lv"),
        "en": person("translator-en", "en"),
        "lv2": person("second-translator-lv", "lv"),
    }


@pytest.fixture
def fair(tree):
    """A Lithuanian page nobody has translated yet."""
    return factories.StandardPageFactory(
        parent=tree["homes"]["lt"], title=PAGE_TITLE, slug="muge", intro=PAGE_INTRO
    )


@pytest.fixture
def jobs(people, fair, django_capture_on_commit_callbacks):
    """The manager's job for the fair page, into Latvian and English."""
    with django_capture_on_commit_callbacks(execute=True):
        response = create_job(
            logged_in(people["manager"]), [fair], {"lv": people["lv"], "en": people["en"]}
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    return {job.locale.language_code: job for job in TranslationJob.objects.all()}


def is_gone(response, url):
    """A 404: in the admin, LocaleMiddleware answers it with a redirect to the same address
    under the default language's prefix (which is not found either)."""
    return response.status_code == 404 or (
        response.status_code == 302 and response.url == f"/lt{url}"
    )


def titles_in_queue(user):
    html = logged_in(user).get(JOBS_URL).content.decode()
    return [
        row.th.get_text(strip=True)
        for row in BeautifulSoup(html, "html.parser").select(".kartu-job")
    ]


def translate_all_strings(client, job, fair):
    translation = Translation.objects.get(
        source__object_id=fair.translation_key, target_locale=job.locale
    )
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments:
        response = put_string(client, translation, segment, f"[lv] {segment.string.data}")
        assert response.status_code in (200, 201)
    return translation


def test_report_offers_each_item_for_a_job(people, fair):
    html = logged_in(people["manager"]).get(REPORT_URL).content.decode()

    form = BeautifulSoup(html, "html.parser").find("form", action=CREATE_URL)
    values = {box["value"] for box in form.select("input[name=item]")}
    assert selection_value(fair) in values


def test_create_form_lists_the_ticked_page_and_each_languages_translators(people, fair):
    response = logged_in(people["manager"]).get(CREATE_URL, {"item": selection_value(fair)})

    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert PAGE_TITLE in soup.select_one(".kartu-job-objects").get_text()
    options = [option.get_text() for option in soup.select("select[name=assignee_lv] option")]
    assert "translator-lv" in options and "second-translator-lv" in options
    assert "translator-en" not in options


def test_a_job_for_two_languages_is_in_each_assignees_queue_only(people, jobs):
    assert titles_in_queue(people["lv"]) == ["latviešu"]
    assert titles_in_queue(people["en"]) == ["English"]
    assert titles_in_queue(people["lv2"]) == []


def test_each_assignee_is_emailed_about_their_job(people, jobs):
    to = sorted(address for message in mail.outbox for address in message.to)

    assert to == ["translator-en@example.org", "translator-lv@example.org"]
    latvian = next(
        message for message in mail.outbox if message.to == ["translator-lv@example.org"]
    )
    assert PAGE_TITLE in latvian.body
    assert job_url(jobs["lv"]) in latvian.body


def test_a_job_created_without_notifying_emails_nobody(
    people, fair, django_capture_on_commit_callbacks
):  # the demo's users have no real mailboxes
    lv = Locale.objects.get(language_code="lv")
    with django_capture_on_commit_callbacks(execute=True):
        (job,) = create_jobs(
            [fair], [(lv, people["lv"])], timezone.localdate(), "", people["manager"], notify=False
        )
    assert job.assignee == people["lv"] and mail.outbox == []


def test_creating_a_job_submits_the_page_for_translation(jobs, fair):
    assert (
        Translation.objects.filter(
            source__object_id=fair.translation_key, target_locale__language_code__in=["lv", "en"]
        ).count()
        == 2
    )


def test_my_jobs_is_the_first_panel_on_a_translators_dashboard(people, jobs):
    html = logged_in(people["lv"]).get("/admin/").content.decode()

    panels = BeautifulSoup(html, "html.parser").select(".w-panel--dashboard, .w-panel")
    assert panels[0]["id"].startswith("translation-jobs")
    assert "latviešu" in panels[0].get_text()


def test_communications_dashboard_has_no_my_jobs_panel(people, jobs):
    html = logged_in(people["manager"]).get("/admin/").content.decode()

    assert BeautifulSoup(html, "html.parser").select_one("[id^=translation-jobs]") is None


def test_progress_rises_as_strings_are_translated(people, jobs, fair):
    client = logged_in(people["lv"])
    translation = Translation.objects.get(
        source__object_id=fair.translation_key, target_locale=jobs["lv"].locale
    )
    segments = list(
        StringSegment.objects.filter(source=translation.source).select_related("string")
    )

    def shown_percent():
        html = client.get(job_url(jobs["lv"])).content.decode()
        row = BeautifulSoup(html, "html.parser").select_one(".kartu-job-item")
        return row.select("td")[1].get_text(strip=True)

    assert shown_percent() == "0 %"
    put_string(client, translation, segments[0], f"[lv] {segments[0].string.data}")
    assert shown_percent() == f"{100 // len(segments)} %"


def test_a_finished_item_goes_to_translation_review_and_completes_the_job(
    people, jobs, fair, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        translate_all_strings(logged_in(people["lv"]), jobs["lv"], fair)

    page = fair.get_translation(jobs["lv"].locale)
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Translation review"
    jobs["lv"].refresh_from_db()
    assert jobs["lv"].completed_at is not None
    assert "communications@example.org" in [address for m in mail.outbox for address in m.to]


def test_a_translator_cannot_see_another_languages_job(people, jobs):
    response = logged_in(people["lv"]).get(job_url(jobs["en"]))

    assert is_gone(response, job_url(jobs["en"]))


def test_a_translator_cannot_change_another_languages_job(people, jobs):
    response = logged_in(people["lv"]).post(job_url(jobs["en"]))

    assert is_gone(response, job_url(jobs["en"]))


def test_a_colleague_translating_the_same_language_may_open_the_job(people, jobs):
    response = logged_in(people["lv2"]).get(job_url(jobs["lv"]))

    assert response.status_code == 200
    assert PAGE_TITLE in response.content.decode()


def test_translators_cannot_create_jobs(people, fair):
    response = create_job(logged_in(people["lv"]), [fair], {"lv": people["lv"]})

    assert is_denied(response)
    assert not TranslationJob.objects.exists()


def test_a_job_needs_a_translator_for_at_least_one_language(people, fair):
    response = create_job(logged_in(people["manager"]), [fair], {})

    assert response.status_code == 200
    assert "Choose a translator for at least one language." in response.content.decode()
    assert not TranslationJob.objects.exists()


def test_a_due_date_in_the_past_is_refused(people, fair):
    response = create_job(logged_in(people["manager"]), [fair], {"lv": people["lv"]}, days=-1)

    assert "The due date cannot be in the past." in response.content.decode()
    assert not TranslationJob.objects.exists()
