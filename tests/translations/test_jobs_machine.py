"""Machine translation of translation jobs in one action, memory first, then the machine
translator (the dummy one in tests), and the words the memory saved (`translations.jobs
.machine`)."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from tests import factories
from tests.translations.jobs import create_job, job_url, manager, person
from translations.jobs.models import TranslationJob
from translations.memory.fill import MEMORY_TOOL_NAME

INTRO = "About this site."  # what the tree's "about" page says, translated "[lv] …", "[en] …"


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def jobs(tree, django_capture_on_commit_callbacks):
    """A manager's job, into Latvian and English, for a new page whose intro the memory holds."""
    fair = factories.StandardPageFactory(
        parent=tree["homes"]["lt"], title="Amatų mugė", slug="muge", intro=INTRO
    )
    boss = manager()
    with django_capture_on_commit_callbacks(execute=True):
        create_job(
            logged_in(boss),
            [fair],
            {"lv": person("translator-lv", "lv"), "en": person("translator-en", "en")},
        )
    return boss, fair, {job.locale.language_code: job for job in TranslationJob.objects.all()}


def machine_translate(client, job, **data):
    url = reverse("translations_job_machine_translate", args=[job.pk])
    return client.post(url, data)


def facts(client, job):
    soup = BeautifulSoup(client.get(job_url(job)).content.decode(), "html.parser")
    return {
        "translated": soup.select_one(".kartu-job-item").select("td")[1].get_text(strip=True),
        "words saved": soup.select_one(".kartu-words-saved").get_text(strip=True),
    }


def test_one_action_translates_every_language_of_the_batch_memory_first(jobs):
    boss, fair, by_code = jobs
    client = logged_in(boss)

    response = machine_translate(client, by_code["lv"], batch="1")

    assert response.status_code == 302
    for code in ["lv", "en"]:
        assert facts(client, by_code[code]) == {"translated": "100 %", "words saved": "3"}
    remembered = StringTranslation.objects.get(
        translation_of__data=INTRO,
        locale__language_code="lv",
        context__object_id=fair.translation_key,
    )
    assert (remembered.data, remembered.tool_name) == (f"[lv] {INTRO}", MEMORY_TOOL_NAME)


def test_an_assignee_machine_translates_their_own_job_only(jobs):
    _boss, _fair, by_code = jobs
    translator = logged_in(by_code["lv"].assignee)

    machine_translate(translator, by_code["lv"], batch="1")

    assert facts(translator, by_code["lv"])["translated"] == "100 %"
    assert facts(logged_in(by_code["en"].assignee), by_code["en"])["translated"] == "0 %"
