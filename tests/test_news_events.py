"""A news post about a training, fair or webinar says when and where it takes place, to
visitors in their language and to search engines as a schema.org Event."""

import datetime
from zoneinfo import ZoneInfo

import lxml.html
import pytest
from django.core.exceptions import ValidationError

from tests import factories
from tests.lithuanian import lt
from tests.test_structured_data import json_ld

VILNIUS = ZoneInfo("Europe/Vilnius")


def at(day, hour, minute=0):
    return datetime.datetime(2019, 5, day, hour, minute, tzinfo=VILNIUS)


@pytest.fixture
def seminar(site_tree):
    return factories.NewsPageFactory(
        parent=site_tree.news_index,
        title="Paverskite savo svajonę verslu!",
        event_start=at(22, 10),
        event_end=at(22, 14, 30),
        event_venue="Alytaus kultūros centras, Alytus",
    )


def event_box(client, url):
    tree = lxml.html.fromstring(client.get(url).content)
    (box,) = tree.xpath("//section[@class='event-details']")
    return {
        dt.text_content(): dd.text_content()
        for dt, dd in zip(box.xpath(".//dt"), box.xpath(".//dd"), strict=True)
    }


def test_event_within_a_day_shows_its_date_once_and_both_times(client, seminar):
    details = event_box(client, seminar.url)
    assert details[lt("When")] == "2019 m. gegužės 22 d., 10:00–14:30"
    assert details[lt("Where")] == "Alytaus kultūros centras, Alytus"


def test_event_over_several_days_shows_both_dates(client, seminar):
    seminar.event_end = at(23, 16)
    seminar.save_revision().publish()
    assert event_box(client, seminar.url)[lt("When")] == (
        "2019 m. gegužės 22 d., 10:00 – 2019 m. gegužės 23 d., 16:00"
    )


def test_online_event_says_so(client, site_tree):
    webinar = factories.NewsPageFactory(
        parent=site_tree.news_index, event_start=at(21, 17), event_online=True
    )
    assert event_box(client, webinar.url)[lt("Where")] == lt("Online")


def test_post_without_an_event_has_no_event_details(client, site_tree):
    post = factories.NewsPageFactory(parent=site_tree.news_index)
    tree = lxml.html.fromstring(client.get(post.url).content)
    assert tree.xpath("//section[@class='event-details']") == []
    assert "Event" not in json_ld(client.get(post.url))


def test_event_is_described_to_search_engines_in_the_sites_time_zone(client, seminar):
    event = json_ld(client.get(seminar.url))["Event"]
    assert event["name"] == "Paverskite savo svajonę verslu!"
    assert event["startDate"] == "2019-05-22T10:00:00+03:00"
    assert event["endDate"] == "2019-05-22T14:30:00+03:00"
    assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert event["location"] == {
        "@type": "Place",
        "name": "Alytaus kultūros centras, Alytus",
        "address": "Alytaus kultūros centras, Alytus",
    }


def test_online_event_has_a_virtual_location(client, site_tree):
    webinar = factories.NewsPageFactory(
        parent=site_tree.news_index, event_start=at(21, 17), event_online=True
    )
    event = json_ld(client.get(webinar.url))["Event"]
    assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert event["location"] == {"@type": "VirtualLocation", "url": webinar.get_full_url()}


@pytest.mark.parametrize(
    "fields, field_in_error",
    [
        ({"event_end": at(22, 14)}, "event_start"),
        ({"event_start": at(22, 14), "event_end": at(22, 10), "event_online": True}, "event_end"),
        ({"event_start": at(22, 10)}, "event_venue"),
    ],
    ids=["end without start", "end before start", "no venue and not online"],
)
def test_incomplete_or_impossible_event_is_refused(site_tree, fields, field_in_error):
    post = factories.NewsPageFactory.build(title="Mokymai", slug="mokymai", **fields)
    post.locale = site_tree.news_index.locale
    with pytest.raises(ValidationError) as error:
        post.clean()
    assert field_in_error in error.value.message_dict


def test_translated_post_keeps_the_events_time_and_translates_its_venue(
    client, site_tree, seminar, translate
):
    translate(site_tree.home, "en")
    translate(site_tree.news_index, "en")
    english = translate(
        seminar, "en", {"Alytaus kultūros centras, Alytus": "Alytus Culture Centre"}
    )
    with_translation = event_box(client, english.url)
    assert with_translation == {
        "When": "22 May 2019, 10:00–14:30",
        "Where": "Alytus Culture Centre",
    }


def test_news_list_tells_which_posts_are_events_and_when(client, site_tree, seminar):
    factories.NewsPageFactory(parent=site_tree.news_index, title="Naujas narys")
    tree = lxml.html.fromstring(client.get(site_tree.news_index.url).content)
    events = tree.xpath("//article[contains(@class, 'news-teaser')]//p[@class='card__event']")
    assert [" ".join(event.text_content().split()) for event in events] == [
        f"{lt('Event')}: 2019 m. gegužės 22 d., 10:00–14:30, Alytaus kultūros centras, Alytus"
    ]
