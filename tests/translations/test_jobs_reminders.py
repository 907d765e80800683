"""Reminders two days before a translation job is due (`send_job_reminders`, run by cron), and
the cost of "My jobs" (`translations.jobs`)."""

import datetime
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, Page

from tests.queries import count_queries
from tests.translations.jobs import JOBS_URL, person
from translations.jobs.models import TranslationJob, TranslationJobItem


@pytest.fixture
def translator(tree):
    return person("translator-lv", "lv")


def job_due_in(days, assignee, page, **fields):
    job = TranslationJob.objects.create(
        locale=Locale.objects.get(language_code="lv"),
        assignee=assignee,
        due_date=timezone.localdate() + datetime.timedelta(days=days),
        **fields,
    )
    TranslationJobItem.objects.create(
        job=job,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(page.pk),
        translation_key=page.translation_key,
        title=page.title,
    )
    return job


def remind(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_job_reminders", stdout=io.StringIO())


def test_a_job_due_in_two_days_is_reminded_once(
    tree, translator, django_capture_on_commit_callbacks
):
    job_due_in(2, translator, tree["pages"]["lt"])

    remind(django_capture_on_commit_callbacks)
    remind(django_capture_on_commit_callbacks)

    assert [message.to for message in mail.outbox] == [["translator-lv@example.org"]]
    assert "Reminder" in mail.outbox[0].subject
    assert "Apie mus" in mail.outbox[0].body


def test_a_job_due_later_or_complete_is_not_reminded(
    tree, translator, django_capture_on_commit_callbacks
):
    job_due_in(5, translator, tree["pages"]["lt"])
    job_due_in(1, translator, tree["pages"]["lt"], completed_at=timezone.now())

    remind(django_capture_on_commit_callbacks)

    assert mail.outbox == []


def test_my_jobs_costs_the_same_queries_for_3_and_30_jobs(tree, translator, client):
    """The jobs, their items (one query), their coverage (four) and which are in review (one),
    whatever the number of jobs."""
    client.force_login(translator)
    for days in range(3):
        job_due_in(days + 3, translator, tree["pages"]["lt"])
    with_3 = count_queries(client, JOBS_URL)
    for days in range(27):
        job_due_in(days + 6, translator, tree["pages"]["lt"])
    with_30 = count_queries(client, JOBS_URL)

    assert with_3 == with_30
