"""The events calendar: news posts about trainings, fairs and webinars as iCal feeds (per site
and language, per project) and `.ics` files that calendar apps read, the home page's
"Upcoming events" and the news index's event filters."""

import datetime
import time
from zoneinfo import ZoneInfo

import icalendar
import lxml.html
import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from home.models import SiteSettings
from tests import factories
from tests.lithuanian import lt
from tests.test_structured_data import json_ld

VILNIUS = ZoneInfo("Europe/Vilnius")


def days_from_now(days, hour, minute=0):
    """`hour`:`minute` in Vilnius, `days` days from today: a time that is always ahead (or
    behind) whenever the tests run."""
    day = (timezone.now() + datetime.timedelta(days=days)).astimezone(VILNIUS).date()
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=VILNIUS)


def event_post(index, title, days, **fields):
    fields.setdefault("event_venue", "Tauragės kultūros centras, Tauragė")
    return factories.NewsPageFactory(
        parent=index,
        title=title,
        event_start=days_from_now(days, 10),
        event_end=days_from_now(days, 14, 30),
        **fields,
    )


def publish(post, **changes):
    for name, value in changes.items():
        setattr(post, name, value)
    post.save_revision().publish()
    return post


@pytest.fixture
def training(site_tree):
    return event_post(site_tree.news_index, "Amatininkų mokymai", days=10)


def calendar_at(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def the_event(client, url):
    (event,) = calendar_at(client, url).events
    return event


def summaries(client, url):
    return [str(event["SUMMARY"]) for event in calendar_at(client, url).events]


def test_feed_gives_an_events_time_in_the_sites_time_zone_with_its_description(client, training):
    calendar = calendar_at(client, "/lt/feeds/events.ics")
    (event,) = calendar.events
    assert event["DTSTART"].params["TZID"] == "Europe/Vilnius"
    assert (event.start, event.end) == (training.event_start, training.event_end)
    assert (event.start.hour, event.end.hour, event.end.minute) == (10, 14, 30)
    assert [zone.tz_name for zone in calendar.timezones] == ["Europe/Vilnius"]
    assert calendar["X-WR-TIMEZONE"] == "Europe/Vilnius"


def test_site_in_another_time_zone_sends_its_own_times_to_calendars(client, site_tree, training):
    site_settings = SiteSettings.for_site(site_tree.site)
    site_settings.time_zone = "Europe/Warsaw"
    site_settings.save()
    event = the_event(client, "/lt/feeds/events.ics")
    assert event["DTSTART"].params["TZID"] == "Europe/Warsaw"
    assert event.start == training.event_start
    assert event.start.hour == 9


def test_site_in_another_time_zone_shows_its_own_times_on_the_post(client, site_tree, training):
    site_settings = SiteSettings.for_site(site_tree.site)
    site_settings.time_zone = "Europe/Warsaw"
    site_settings.save()
    tree = lxml.html.fromstring(client.get(training.url).content)
    when = tree.xpath("//section[@class='event-details']//dd")[0]
    assert when.text_content().endswith("9:00–13:30")


def test_event_file_downloads_one_event_with_a_stable_uid_and_the_posts_address(client, training):
    response = client.get(f"/lt/feeds/event/{training.slug}.ics")
    assert response["Content-Disposition"] == f'attachment; filename="{training.slug}.ics"'
    event = the_event(client, f"/lt/feeds/event/{training.slug}.ics")
    assert event["UID"] == f"{training.translation_key}-lt@localhost"
    assert event["URL"] == training.get_full_url()
    assert event["LOCATION"] == "Tauragės kultūros centras, Tauragė"
    assert event["STATUS"] == "CONFIRMED"


def test_event_post_links_its_calendar_file(client, training):
    tree = lxml.html.fromstring(client.get(training.url).content)
    (head_link,) = tree.xpath("//head/link[@type='text/calendar']/@href")
    (download,) = tree.xpath(f"//a[normalize-space()='{lt('Add to my calendar (.ics)')}']/@href")
    assert head_link == download == f"/lt/feeds/event/{training.slug}.ics"
    assert the_event(client, download)["SUMMARY"] == "Amatininkų mokymai"


def test_online_event_has_its_link_as_location_and_in_the_description(client, site_tree):
    webinar = event_post(
        site_tree.news_index,
        "Vebinaras",
        days=3,
        event_venue="",
        event_online=True,
        event_url="https://video.example.org/vebinaras",
    )
    event = the_event(client, f"/lt/feeds/event/{webinar.slug}.ics")
    assert event["LOCATION"] == "https://video.example.org/vebinaras"
    assert "https://video.example.org/vebinaras" in event["DESCRIPTION"]
    assert event["URL"] == webinar.get_full_url()


def test_event_at_a_venue_and_online_has_both_the_place_and_the_link(client, site_tree):
    hybrid = event_post(
        site_tree.news_index,
        "Konferencija",
        days=3,
        event_online=True,
        event_url="https://video.example.org/konferencija",
    )
    event = the_event(client, f"/lt/feeds/event/{hybrid.slug}.ics")
    assert event["LOCATION"] == "Tauragės kultūros centras, Tauragė"
    assert [conference.uri for conference in event.conferences] == [
        "https://video.example.org/konferencija"
    ]


def test_online_link_without_an_online_event_is_refused(site_tree):
    post = factories.NewsPageFactory.build(
        title="Mokymai",
        slug="mokymai",
        event_start=days_from_now(3, 10),
        event_venue="Tauragė",
        event_url="https://video.example.org/x",
    )
    with pytest.raises(ValidationError) as error:
        post.clean()
    assert "event_online" in error.value.message_dict


def test_moved_event_keeps_its_uid_with_a_higher_sequence(client, training):
    before = the_event(client, "/lt/feeds/events.ics")
    publish(training, event_start=days_from_now(11, 12), event_end=None, event_status="moved")
    after = the_event(client, "/lt/feeds/events.ics")
    assert after["UID"] == before["UID"]
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 1)
    assert after.start == days_from_now(11, 12)
    assert lt("This event has moved to a new date or place.") in after["DESCRIPTION"]


def test_only_a_published_change_of_time_place_or_status_raises_the_sequence(training):
    publish(training, title="Amatininkų mokymai (nauja programa)", intro="Kita programa.")
    training.event_venue = "Skaudvilė"
    training.save_revision()  # a draft: calendars do not see it
    training.refresh_from_db()
    assert training.event_sequence == 0
    publish(training, event_venue="Skaudvilė")
    publish(training, event_status="cancelled")
    training.refresh_from_db()
    assert training.event_sequence == 2


def test_cancelled_event_stays_in_the_feed_marked_cancelled(client, training):
    publish(training, event_status="cancelled")
    event = the_event(client, "/lt/feeds/events.ics")
    assert event["STATUS"] == "CANCELLED"
    assert event["SEQUENCE"] == 1
    assert event["SUMMARY"] == lt("Cancelled: %(title)s") % {"title": "Amatininkų mokymai"}


def test_cancelled_event_says_so_on_its_post_and_to_search_engines(client, training):
    publish(training, event_status="cancelled")
    response = client.get(training.url)
    tree = lxml.html.fromstring(response.content)
    assert tree.xpath("string(//section[@class='event-details']//p[1])") == lt(
        "Cancelled"  # in the "event status" context: the same word in every catalogue
    )
    assert json_ld(response)["Event"]["eventStatus"] == "https://schema.org/EventCancelled"


def test_each_translation_of_an_event_is_its_own_calendar_entry(
    client, site_tree, training, translate
):
    translate(site_tree.home, "en")
    translate(site_tree.news_index, "en")
    translate(training, "en", {"Amatininkų mokymai": "Training for craftspeople"})
    english = the_event(client, "/en/feeds/events.ics")
    lithuanian = the_event(client, "/lt/feeds/events.ics")
    assert str(english["SUMMARY"]) == "Training for craftspeople"
    assert english["UID"] == f"{training.translation_key}-en@localhost"
    assert english["UID"] != lithuanian["UID"]
    assert english.start == lithuanian.start


def test_feed_leaves_out_posts_without_events_drafts_private_and_long_past_events(
    client, site_tree, training
):
    index = site_tree.news_index
    factories.NewsPageFactory(parent=index, title="Naujiena be renginio")
    event_post(index, "Juodraštis", days=5).unpublish()
    private = event_post(index, "Tik nariams", days=5)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    event_post(index, "Pernai metų mugė", days=-400)
    event_post(index, "Praėjusio mėnesio mugė", days=-30)
    assert summaries(client, "/lt/feeds/events.ics") == [
        "Praėjusio mėnesio mugė",
        "Amatininkų mokymai",
    ]


def test_each_site_has_its_own_events_feed(client, site_tree, training, settings, locales):
    # A second organisation's site, in Latvian (HomePage.clean allows one home per language).
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "lielupe.localhost"]
    latvian = {"locale": locales["lv"]}
    home = factories.HomePageFactory(parent=site_tree.home.get_parent(), slug="lv", **latvian)
    Site.objects.create(hostname="lielupe.localhost", root_page=home, site_name="Lielupe")
    news = factories.NewsIndexPageFactory(parent=home, title="Jaunumi", **latvian)
    webinar = event_post(news, "Lielupes vebinārs", days=4, **latvian)
    lielupe = {"HTTP_HOST": "lielupe.localhost"}
    (event,) = calendar_at(client, "/lv/feeds/events.ics", **lielupe).events
    assert event["UID"] == f"{webinar.translation_key}-lv@lielupe.localhost"
    assert client.get("/lt/feeds/events.ics", **lielupe).status_code == 404
    assert client.get("/lv/feeds/events.ics").status_code == 404
    assert summaries(client, "/lt/feeds/events.ics") == ["Amatininkų mokymai"]


def test_project_feed_lists_only_that_projects_events(client, site_tree, training):
    project = factories.ProjectPageFactory(parent=site_tree.project_index, slug="amatai")
    fair = event_post(site_tree.news_index, "Amatų mugė", days=20)
    factories.NewsPageProjectFactory(page=fair, project=project)
    calendar = calendar_at(client, "/lt/feeds/project/amatai/events.ics")
    assert [str(event["SUMMARY"]) for event in calendar.events] == ["Amatų mugė"]
    assert client.get("/lt/feeds/project/no-such-project/events.ics").status_code == 404


def test_pages_name_their_calendars_as_text_calendar_alternates(client, site_tree, training):
    project = factories.ProjectPageFactory(parent=site_tree.project_index, slug="amatai")
    factories.NewsPageProjectFactory(page=training, project=project)
    expected = {
        site_tree.home.url: ["/lt/feeds/events.ics"],
        site_tree.news_index.url: ["/lt/feeds/events.ics"],
        site_tree.news_index.url + "?project=amatai": [
            "/lt/feeds/events.ics",
            "/lt/feeds/project/amatai/events.ics",
        ],
        project.url: ["/lt/feeds/project/amatai/events.ics"],
    }
    for url, calendars in expected.items():
        tree = lxml.html.fromstring(client.get(url).content)
        assert tree.xpath("//head/link[@rel='alternate'][@type='text/calendar']/@href") == (
            calendars
        ), url


def upcoming_titles(client, url):
    tree = lxml.html.fromstring(client.get(url).content)
    return [
        title.text_content()
        for title in tree.xpath(
            "//section[@aria-labelledby='home-events-heading']//*[@class='card__title']"
        )
    ]


def test_home_page_lists_only_upcoming_events_in_the_visitors_language(
    client, site_tree, training, translate
):
    event_post(site_tree.news_index, "Praėjusi mugė", days=-2)
    under_way = event_post(site_tree.news_index, "Vykstanti mugė", days=0)
    hour = datetime.timedelta(hours=1)
    publish(under_way, event_start=timezone.now() - hour, event_end=timezone.now() + hour)
    translate(site_tree.home, "en")
    translate(site_tree.news_index, "en")
    translate(training, "en", {"Amatininkų mokymai": "Training for craftspeople"})
    assert upcoming_titles(client, "/lt/") == ["Vykstanti mugė", "Amatininkų mokymai"]
    assert upcoming_titles(client, "/en/") == ["Training for craftspeople"]


def test_event_leaves_the_home_page_when_it_is_over(client, site_tree, training):
    ending = timezone.now() + datetime.timedelta(seconds=5)  # time to render once
    soon_over = event_post(site_tree.news_index, "Baigiasi tuoj", days=0)
    publish(soon_over, event_start=ending, event_end=None)
    assert upcoming_titles(client, "/lt/") == ["Baigiasi tuoj", "Amatininkų mokymai"]
    time.sleep(max(0, (ending - timezone.now()).total_seconds()) + 0.2)
    assert upcoming_titles(client, "/lt/") == ["Amatininkų mokymai"]


def listed(client, query):
    response = client.get("/lt/news/" + query)
    tree = lxml.html.fromstring(response.content)
    titles = tree.xpath("//article[contains(@class, 'news-teaser')]//*[@class='card__title']")
    return response.status_code, [title.text_content() for title in titles]


@pytest.fixture
def events(site_tree, training):
    index = site_tree.news_index
    factories.NewsPageFactory(parent=index, title="Naujiena be renginio")
    return {
        "fair": event_post(index, "Amatų mugė", days=40),
        "past": event_post(index, "Praėjusi mugė", days=-40),
        "older": event_post(index, "Senesnė mugė", days=-80),
    }


def test_upcoming_filter_lists_events_to_come_soonest_first(client, events):
    assert listed(client, "?events=upcoming") == (200, ["Amatininkų mokymai", "Amatų mugė"])


def test_past_filter_lists_events_that_are_over_latest_first(client, events):
    assert listed(client, "?events=past") == (200, ["Praėjusi mugė", "Senesnė mugė"])


def test_month_filter_lists_the_events_starting_that_month(client, events):
    month = events["fair"].event_start.astimezone(VILNIUS).strftime("%Y-%m")
    status, titles = listed(client, f"?month={month}")
    assert status == 200
    assert "Amatų mugė" in titles
    assert "Praėjusi mugė" not in titles


def test_event_filters_are_links_in_a_labelled_group(client, events):
    tree = lxml.html.fromstring(client.get("/lt/news/").content)
    (group,) = tree.xpath("//ul[@aria-labelledby='news-filter-events']")
    (label,) = tree.xpath("//*[@id='news-filter-events']")
    assert label.text_content() == lt("Events")
    assert group.xpath(".//a/@href")[1:] == ["?events=upcoming", "?events=past"]


@pytest.mark.parametrize(
    "query, message",
    [
        ("?events=soon", "Events are either “upcoming” or “past”, not “%(value)s”."),
        ("?month=2019-13", "There are no events in the month “%(month)s”."),
        ("?month=1999-01", "There are no events in the month “%(month)s”."),
    ],
)
def test_event_filter_value_that_names_nothing_is_not_found_with_a_message(
    client, events, query, message
):
    response = client.get("/lt/news/" + query)
    assert response.status_code == 404
    value = query.split("=", 1)[1]
    expected = lt(message) % {"value": value, "month": value}
    assert expected in lxml.html.fromstring(response.content).xpath("string(//p[@role='alert'])")


@pytest.mark.parametrize(
    "url",
    ["/lt/feeds/events.ics", "/lt/feeds/project/amatai/events.ics", "/lt/feeds/event/{slug}.ics"],
)
def test_calendar_query_count_does_not_grow_with_events(client, site_tree, training, url):
    project = factories.ProjectPageFactory(parent=site_tree.project_index, slug="amatai")
    url = url.format(slug=training.slug)

    def count():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    def add(days):
        for day in days:
            post = event_post(site_tree.news_index, f"Mugė {day}", days=day)
            factories.NewsPageProjectFactory(page=post, project=project)

    add(range(1, 3))
    few = count()
    add(range(3, 13))
    # The site, the project (for its feed) and the events; the site's home pages and time
    # zone come from the shared cache.
    assert count() == few <= 3
