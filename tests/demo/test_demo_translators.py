"""What the demo gives translators to try (README "Translators' tour"): a glossary, and a
Latvian job due next week whose page has fuzzy matches, a string needing revision and a
glossary warning."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from tests.demo.translators import job_page, latvian_job
from translations.glossary.check import check
from translations.glossary.models import GlossaryTerm
from translations.memory import suggest_many
from translations.memory.fill import untranslated_segments
from translations.revisions.models import StringRevision

pytestmark = pytest.mark.django_db


def test_demo_glossary_has_thirty_terms_in_each_target_language(demo):
    for code in ("lv", "pl", "en", "ru"):
        terms = GlossaryTerm.objects.filter(
            source_locale__language_code="lt", target_locale__language_code=code
        )
        assert terms.count() >= 30, code
        assert terms.filter(do_not_translate=True).count() >= 2, code


def test_demo_glossary_names_the_lead_partner_and_local_action_groups(demo):
    latvian = dict(
        GlossaryTerm.objects.filter(target_locale__language_code="lv").values_list(
            "term", "translation"
        )
    )
    assert latvian["pagrindinis partneris"] == "vadošais partneris"
    assert latvian["vietos veiklos grupė"] == "vietējā rīcības grupa"
    assert latvian["bendrojo finansavimo norma"] == "līdzfinansējuma likme"


def test_demo_latvian_job_is_due_next_week_and_covers_the_page(demo):
    job = latvian_job()
    _source, _translation, page = job_page()
    due_in = (job.due_date - timezone.localdate()).days
    assert 7 <= due_in <= 8 and job.completed_at is None
    assert 2 <= job.items.count() <= 4
    assert job.items.filter(translation_key=page.translation_key).exists()


def dashboard_jobs(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_demo_latvian_job_is_in_the_latvian_translators_jobs_and_nobody_elses(demo):
    job_link = reverse("translations_job", args=[latvian_job().pk])
    assert job_link in dashboard_jobs("translator-lv")
    for username in ("admin", "editor", "reviewer"):
        assert job_link not in dashboard_jobs(username), username


def test_demo_job_page_has_untranslated_strings_with_fuzzy_matches(demo):
    _source, translation, _page = job_page()
    texts = [segment.string.data for segment in untranslated_segments(translation)]
    found = suggest_many(texts, translation.source.locale, translation.target_locale)
    fuzzy = [text for text in texts if found.get(text) and 0.75 <= found[text][0].score < 1]
    assert len(fuzzy) >= 2


def test_demo_job_page_has_a_string_needing_revision(demo):
    _source, translation, _page = job_page()
    revisions = StringRevision.objects.open().filter(
        source=translation.source, locale=translation.target_locale
    )
    assert revisions.count() >= 1
    revision = revisions.first()
    assert revision.previous_source != revision.string.data and revision.previous_translation


def test_demo_job_page_has_a_glossary_warning(demo):
    _source, translation, _page = job_page()
    warnings = check(translation)
    assert any(warning.term.term == "kūrybinis sektorius" for warning in warnings)


def test_demo_job_page_is_live_in_latvian_before_the_job_is_done(demo, client):
    _source, _translation, page = job_page()
    assert Page.objects.get(pk=page.pk).live
    assert client.get(page.url).status_code == 200
