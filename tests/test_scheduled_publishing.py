"""Scheduled publishing: a post approved to go live later waits, and Wagtail's
`publish_scheduled` command (run from cron or the worker in production) publishes it once its
time has come; visitors then find it on the news index."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests import factories
from tests.scheduling import time_comes_for, waiting_revisions


@pytest.fixture
def scheduled_post(site_tree):
    """A post published by its editor with tomorrow's go-live date, as the editor's "Publish"
    button does with a future "Go-live date": an approved revision, not live."""
    post = factories.NewsPageFactory(
        parent=site_tree.news_index, title="Amatų mugė rytoj", live=False
    )
    post.go_live_at = timezone.now() + datetime.timedelta(days=1)
    post.save_revision().publish()
    post.refresh_from_db()
    return post


def news_index_html(client, site_tree):
    return client.get(site_tree.news_index.url).content.decode()


def test_post_scheduled_for_tomorrow_waits_off_the_news_index(client, site_tree, scheduled_post):
    assert not scheduled_post.live
    assert waiting_revisions(scheduled_post).count() == 1
    assert "Amatų mugė rytoj" not in news_index_html(client, site_tree)


def test_publish_scheduled_leaves_a_post_whose_time_has_not_come(scheduled_post):
    call_command("publish_scheduled", verbosity=0)

    scheduled_post.refresh_from_db()
    assert not scheduled_post.live


def test_publish_scheduled_publishes_the_post_once_its_time_has_come(
    client, site_tree, scheduled_post
):
    time_comes_for(scheduled_post)

    call_command("publish_scheduled", verbosity=0)

    scheduled_post.refresh_from_db()
    assert scheduled_post.live
    assert waiting_revisions(scheduled_post).count() == 0
    assert "Amatų mugė rytoj" in news_index_html(client, site_tree)
