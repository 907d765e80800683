"""Translating a page with its subpages: the page at once, its subpages on the task worker."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale, Site

from news.models import NewsPage
from tests import factories
from tests.conftest import build_site_tree
from tests.worker import DATABASE_TASKS, run_worker


@pytest.fixture
def news_with_post(base_tree, translate):
    """A news index with one post, whose home page is already translated into English, in
    a test whose transactions commit (as the worker's do)."""
    Site.objects.get_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": base_tree}
    )
    tree = build_site_tree()
    translate(tree.home, "en", {"Pradžia": "Home"})
    factories.NewsPageFactory(parent=tree.news_index, title="Amatų mugė")
    return tree.news_index


@pytest.mark.django_db(transaction=True)
def test_subpages_of_a_page_sent_for_translation_are_copied_by_the_worker(
    client, news_with_post, settings
):
    settings.TASKS = DATABASE_TASKS
    client.force_login(get_user_model().objects.create_superuser("editor", password="x"))
    english = Locale.objects.get(language_code="en")

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[news_with_post.pk]),
        {"locales": [english.pk], "include_subtree": "on"},
    )

    assert response.status_code == 302
    assert news_with_post.has_translation(english)
    assert not NewsPage.objects.filter(locale=english).exists()
    assert DBTaskResult.objects.filter(task_path__endswith=".translate_subtree").exists()

    run_worker()

    assert NewsPage.objects.filter(locale=english).exists()
