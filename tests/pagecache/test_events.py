"""Calendars and event lists in the page cache: a change of an event purges the calendars that
hold it, and a list of upcoming events is stored only until the first of them is over."""

import datetime
import time

import pytest
from django.utils import timezone

from tests import factories
from tests.pagecache.conftest import cache_state, warm

pytestmark = pytest.mark.usefixtures("page_cache")


def test_publishing_a_change_of_an_event_shows_in_its_calendars_at_once(
    client, site_tree, django_capture_on_commit_callbacks
):
    fair = factories.NewsPageFactory(
        parent=site_tree.news_index,
        title="Amatų mugė",
        event_start=timezone.now() + datetime.timedelta(days=5),
        event_venue="Tauragė",
    )
    calendars = ["/lt/feeds/events.ics", f"/lt/feeds/event/{fair.slug}.ics"]
    warm(client, *calendars)
    fair.event_venue = "Skaudvilė"
    with django_capture_on_commit_callbacks(execute=True):
        fair.save_revision().publish()
    for url in calendars:
        response = client.get(url)
        assert cache_state(response) == "miss", url
        assert "LOCATION:Skaudvilė" in response.text, url
        assert "SEQUENCE:1" in response.text, url


@pytest.mark.parametrize(
    "url, listing",
    [
        ("/lt/", 'aria-labelledby="home-events-heading"'),  # the post stays in the latest news
        ("/lt/news/?events=upcoming", "Trumpas vebinaras"),
    ],
)
def test_list_of_upcoming_events_is_kept_only_until_the_first_is_over(
    client, site_tree, url, listing
):
    over = timezone.now() + datetime.timedelta(seconds=6)  # time to render twice
    factories.NewsPageFactory(
        parent=site_tree.news_index, title="Trumpas vebinaras", event_start=over, event_online=True
    )
    first = client.get(url)
    assert (cache_state(first), listing in first.text) == ("miss", True)
    assert cache_state(client.get(url)) == "hit"
    time.sleep(max(0, (over - timezone.now()).total_seconds()) + 0.2)
    response = client.get(url)
    assert cache_state(response) == "miss"
    assert listing not in response.text
