"""The issue's "Done when", tried on the demo as a translator would, through the admin's own
views: the Latvian translator opens "My jobs", takes the page that is due, accepts two fuzzy
matches and one "Keep previous", fixes a glossary warning and submits the page for review; the
reviewer approves it; a visitor reads it in Latvian."""

import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from wagtail.models import WorkflowState

from kartu.demo.text import text
from tests.demo.reading import main_text
from tests.demo.translators import job_page, job_spec
from translations.roles import TRANSLATION_REVIEW

pytestmark = pytest.mark.django_db

# The fix of the glossary warning: "kūrybinis sektorius" is "radošais sektors", not "nozare".
CREATIVE_SECTOR_FIXED = (
    "Parādīt, cik pievilcīgs ir radošais sektors, un stiprināt tā vietu reģiona ekonomikā."
)


def logged_in(username, password):
    client = Client()
    response = client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": password}
    )
    assert response.status_code == 302, response.content[:500]
    return client


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def form_data(form):
    return {field["name"]: field.get("value", "") for field in form.select("input[name]")}


def open_due_page(client, title):
    """Dashboard → "My jobs" → the job → the translation editor of the item called `title`."""
    dashboard = soup(client.get(reverse("wagtailadmin_home")))
    job_url = dashboard.select_one("#translation-jobs-section tr.kartu-job a")["href"]
    job = soup(client.get(job_url))
    (editor_url,) = [
        link["href"]
        for link in job.select("tr.kartu-job-item a")
        if link.get_text(strip=True) == title
    ]
    return editor_url


def use_fuzzy_matches(client, editor, sources):
    """Press "Use this match" on the best match of each string in `sources`; return the
    Latvian texts copied in."""
    used = []
    for string in editor.select(".kartu-memory-string"):
        if not any(source in string.get_text(" ", strip=True) for source in sources):
            continue
        match = string.select_one(".kartu-memory-match")
        percent = int(match.select_one(".w-label-3").get_text().split("%")[0])
        assert 75 <= percent < 100  # a fuzzy match, not an exact one
        form = match.select_one("form")
        response = client.post(form["action"], form_data(form))
        assert response.status_code == 302
        used.append(match.select_one(".kartu-memory-text").get_text(strip=True))
    return used


def test_latvian_translator_brings_the_due_page_up_to_date_and_a_visitor_reads_it(
    demo, django_capture_on_commit_callbacks
):
    spec = job_spec()
    source, translation, latvian_page = job_page()
    translator = logged_in("translator-lv", "kartu-translator")

    editor_url = open_due_page(translator, source.title)
    assert editor_url == reverse("wagtailadmin_pages:edit", args=[latvian_page.pk])
    editor = soup(translator.get(editor_url))

    # The glossary warning: the translator saves the string with the required term, as the
    # editor's "Save" on that string does.
    warnings = editor.select_one(".kartu-glossary-warnings").get_text(" ", strip=True)
    assert "radošais sektors" in warnings
    props = json.loads(editor.select_one(".js-translation-editor")["data-props"])
    (segment,) = [s for s in props["segments"] if "kūrybinio sektoriaus" in s.get("source", "")]
    response = translator.put(
        segment["editUrl"],
        f"value={CREATIVE_SECTOR_FIXED}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content[:500]

    # Two fuzzy matches from other pages, for the two new paragraphs.
    new_paragraphs = [text(paragraph, "lt")[:40] for paragraph in spec["new_paragraphs"]]
    used = use_fuzzy_matches(translator, editor, new_paragraphs)
    assert len(used) == 2

    # The reworded introduction: the previous Latvian translation still says it. With that
    # last string the job's item is finished and goes to the Translation review workflow, as
    # the editor's "Submit to Translation review" would send it.
    (revision,) = editor.select(".kartu-revision")
    assert revision.select("del") and revision.select("ins")
    kept = revision.select_one("q").get_text(strip=True)
    form = revision.select_one("form")
    assert translator.post(form["action"], form_data(form)).status_code == 302

    editor = soup(translator.get(editor_url))
    assert not editor.select(".kartu-revision") and not editor.select(".kartu-memory-string")
    assert not editor.select(".kartu-glossary-warnings")
    latvian_page.refresh_from_db()
    assert latvian_page.current_workflow_state.workflow.name == TRANSLATION_REVIEW
    _tree, before = main_text(Client(), latvian_page.url, "lv")
    assert CREATIVE_SECTOR_FIXED not in before  # in review, not yet live

    # The reviewer finds it on their dashboard and approves it.
    reviewer = logged_in("reviewer", "kartu-reviewer")
    task_state = latvian_page.current_workflow_state.current_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[latvian_page.pk, "approve", task_state.pk]
    )
    assert approve_url in reviewer.get(reverse("wagtailadmin_home")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert reviewer.post(approve_url, {"comment": ""}).status_code == 302

    # A visitor reads the page in Latvian, with the new text.
    latvian_page.refresh_from_db()
    assert latvian_page.workflow_states.get().status == WorkflowState.STATUS_APPROVED
    _tree, reads = main_text(Client(), latvian_page.url, "lv")
    for sentence in [*used, kept, CREATIVE_SECTOR_FIXED]:
        assert sentence in reads, sentence
