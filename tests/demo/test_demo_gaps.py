"""The demo's deliberate gaps for the EU visibility report and the dashboard (README "EU
visibility report"): a post scheduled for tomorrow, an ended project without results, a Latvian
page whose disclaimer has no Latvian translation."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from kartu.demo.content import Content
from kartu.demo.text import text
from news.models import NewsPage
from projects.models import ProjectPage
from tests.scheduling import time_comes_for, waiting_revisions

pytestmark = pytest.mark.django_db


def test_demo_post_scheduled_for_tomorrow_goes_live_with_publish_scheduled(demo, client):
    slug = text(Content()["news/scheduled"]["post"]["slug"], "lt")
    post = NewsPage.objects.get(locale__language_code="lt", slug=slug)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert not post.live and post.date == tomorrow
    assert timezone.localdate(waiting_revisions(post).get().approved_go_live_at) == tomorrow

    time_comes_for(post)
    call_command("publish_scheduled", verbosity=0)

    post.refresh_from_db()
    assert post.live
    assert post.title in client.get(post.get_parent().url).content.decode()


def test_demo_has_an_ended_project_without_its_results(demo, client):  # for the compliance report
    project = ProjectPage.objects.get(locale__language_code="lt", slug="sb-creative-clusters")
    assert project.end_date < timezone.localdate()
    assert not project.results
    assert client.get(project.url).status_code == 200


def test_demo_has_a_latvian_project_page_whose_disclaimer_has_no_latvian_translation(demo, client):
    page = ProjectPage.objects.get(locale__language_code="lv", slug="sb-creative-clusters")
    assert page.funding_disclaimer.locale.language_code == "lt"
    assert page.funding_disclaimer.get_translation_or_none(page.locale) is None
    assert client.get(page.url).status_code == 200  # visitors still read the page
