"""`load_demo` builds the whole multilingual demo from its data files, and a second run changes
nothing."""

import datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from clusters.models import ClusterIndexPage, ClusterMemberPage, CooperationEnquiry
from home.models import StandardPage
from kartu.demo.content import Content
from kartu.demo.text import LANGUAGE_CODES, text
from news.models import NewsPage
from projects.models import ProjectPage
from tests.demo.reading import main_text
from tests.demo.state import PAGE_TYPES

pytestmark = pytest.mark.django_db


def test_second_load_demo_changes_no_counts(demo):
    (first, _), (second, _) = demo
    assert second == first


def test_second_load_demo_changes_no_content_revision_or_publication_time(demo):
    (_, first), (_, second) = demo
    assert second == first


# Pages of each type in each language: the frame in all five; projects and posts in their own
# language and English; the cluster and its 24 members (and one awaiting consent) in lt, lv, en;
# the cluster, its 12 Polish members and their project in pl; Crafts and its 4 posts in ru;
# one more Lithuanian post, scheduled to go live tomorrow; one Lithuanian project in Latvian.
# Two of the twelve webinars are the Lielupe partnership's, built on its site only (the network
# demo), not here.
EXPECTED_PAGES = {
    "home.HomePage": {"lt": 1, "lv": 1, "pl": 1, "en": 1, "ru": 1},
    "home.StandardPage": {"lt": 3, "lv": 3, "pl": 3, "en": 3, "ru": 3},
    "news.NewsIndexPage": {"lt": 1, "lv": 1, "pl": 1, "en": 1, "ru": 1},
    "news.NewsPage": {"lt": 13, "lv": 17, "pl": 0, "en": 29, "ru": 4},
    "projects.ProjectIndexPage": {"lt": 1, "lv": 1, "pl": 1, "en": 1, "ru": 1},
    "projects.ProjectPage": {"lt": 3, "lv": 3, "pl": 1, "en": 5, "ru": 1},
    "clusters.ClusterIndexPage": {"lt": 1, "lv": 1, "pl": 1, "en": 1, "ru": 1},
    "clusters.ClusterPage": {"lt": 1, "lv": 1, "pl": 1, "en": 1, "ru": 0},
    "clusters.ClusterMemberPage": {"lt": 25, "lv": 24, "pl": 12, "en": 24, "ru": 0},
}


def test_demo_builds_the_expected_pages_of_each_type_in_each_language(demo):
    built = {
        name: {
            code: apps.get_model(name).objects.filter(locale__language_code=code).count()
            for code in LANGUAGE_CODES
        }
        for name in EXPECTED_PAGES
    }
    assert built == EXPECTED_PAGES
    assert Page.objects.filter(depth__gt=1).count() == 200


def test_demo_builds_every_project_post_and_member_of_the_data_files(demo):
    content = Content()
    for code in ("lt", "lv"):
        for spec in content[f"projects/{code}"]["projects"]:
            page = ProjectPage.objects.get(
                locale__language_code=code, slug=text(spec["slug"], code)
            )
            assert page.title == text(spec["title"], code)
        for spec in content[f"news/{code}"]["posts"]:
            page = NewsPage.objects.get(locale__language_code=code, slug=text(spec["slug"], code))
            assert (page.title, page.date) == (text(spec["title"], code), spec["date"])
    for country in ("lithuania", "poland"):
        for spec in content[f"members/{country}"]["members"]:
            page = ClusterMemberPage.objects.get(locale__language_code="lt", slug=spec["slug"])
            assert sorted(page.craft_sectors.values_list("slug", flat=True)) == sorted(
                spec["sectors"]
            )


def test_demo_project_has_its_budget_and_eu_contribution(demo):
    crafts = ProjectPage.objects.get(locale__language_code="lv", slug="amatnieciba-bez-robezam")
    assert crafts.total_budget == Decimal("799740.50")
    assert crafts.eu_contribution == Decimal("719766.45")
    assert (crafts.start_date, crafts.end_date) == (
        datetime.date(2018, 7, 1),
        datetime.date(2020, 6, 30),
    )
    english = crafts.get_translation(Locale.objects.get(language_code="en"))
    assert english.total_budget == crafts.total_budget


def test_demo_news_post_has_its_date_and_event_place(demo):
    fair = NewsPage.objects.get(locale__language_code="lt", slug="amatu-muge-taurageje")
    assert fair.date == datetime.date(2014, 8, 23)
    assert fair.event_venue == "Tauragė"
    assert not fair.event_online
    vilnius = datetime.timezone(datetime.timedelta(hours=3))  # summer time
    assert fair.event_start == datetime.datetime(2014, 8, 23, 10, 0, tzinfo=vilnius)
    webinar = NewsPage.objects.get(
        locale__language_code="lv", slug="lielupe-vada-vebinarus-moldovai"
    )
    assert webinar.event_online


def test_demo_has_events_to_come_online_cancelled_and_moved(demo):
    now = timezone.now()
    webinars = NewsPage.objects.filter(locale__language_code="lv", categories__slug="webinars")
    # Ten of the series' twelve (two were the Lielupe partnership's own, built on its site only
    # by load_network_demo) and the post announcing the series.
    assert webinars.filter(event_start__isnull=False).count() == 11
    to_come = NewsPage.objects.filter(event_start__gt=now, locale__language_code__in=["lt", "lv"])
    assert to_come.filter(locale__language_code="lt").exists()
    assert to_come.filter(event_online=True).exclude(event_url="").exists()
    cancelled = to_come.get(slug="bendruomeniu-saskrydis")
    assert (cancelled.event_status, cancelled.event_sequence) == ("cancelled", 1)
    moved = to_come.get(slug="starptautiska-amatniecibas-konference")
    assert (moved.event_status, moved.event_sequence) == ("moved", 1)


def test_demo_member_has_its_sectors_region_and_country(demo):
    member = ClusterMemberPage.objects.get(locale__language_code="lt", slug="jan-kowalczyk")
    assert [sector.slug for sector in member.craft_sectors.all()] == ["metalwork"]
    assert (member.region.name, member.municipality, member.country) == (
        "Suvalkų apskritis",
        "Szypliszki",
        "PL",
    )


def test_demo_latvian_translations_have_their_latvian_titles(demo):
    about = StandardPage.objects.get(locale__language_code="lv", slug="par-mums")
    assert about.title == "Par mums"
    member = ClusterMemberPage.objects.get(locale__language_code="lv", slug="jonas-kalvaitis")
    assert member.region.name == "Tauraģes rajons"
    assert member.intro.startswith("Kalējs no pilsētiņas Skaudvilė")


def test_load_demo_refuses_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("load_demo", verbosity=0)


DEMO = Path(__file__).resolve().parents[2] / "site" / "kartu" / "demo"


def test_demo_python_only_builds_small_modules_without_test_utilities():
    for module in DEMO.rglob("*.py"):
        source = module.read_text(encoding="utf-8")
        assert len(source.splitlines()) <= 400, module
        assert "django.test" not in source, module


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_demo_has_every_page_type_live_in_at_least_two_locales(demo, page_type):
    model = apps.get_model(page_type)
    locales = set(model.objects.live().values_list("locale__language_code", flat=True))
    assert len(locales) >= 2, (page_type, locales)


def test_demo_has_the_five_seed_projects(demo):
    acronyms_and_numbers = " ".join(
        f"{p.title} {p.acronym} {p.project_number}"
        for p in ProjectPage.objects.filter(locale__language_code__in=["lt", "lv"])
    )
    sources = ProjectPage.objects.filter(locale__language_code__in=["lt", "lv"])
    assert len({project.translation_key for project in sources}) == 5
    assert "LV-RU-018" in acronyms_and_numbers
    assert "Crafts" in acronyms_and_numbers


def test_demo_has_twelve_news_posts_and_twenty_four_members_per_source_tree(demo):
    assert NewsPage.objects.filter(locale__language_code__in=["lt", "lv"]).count() >= 12
    members = ClusterMemberPage.objects.filter(locale__language_code="lt")
    assert members.filter(country="LT").count() >= 12
    assert members.filter(country="PL").count() >= 12


def test_demo_english_pages_are_translations_made_by_wagtail_localize(demo):
    english = ProjectPage.objects.filter(locale__language_code="en")
    assert english.count() == 5
    translated_keys = set(
        Translation.objects.filter(target_locale__language_code="en").values_list(
            "source__object_id", flat=True
        )
    )
    assert {page.translation_key for page in english} <= translated_keys


def test_demo_pages_render_in_all_five_languages(demo, client):
    for code in LANGUAGE_CODES:
        for page in Page.objects.live().filter(locale__language_code=code).specific()[:40]:
            if page.depth < 2:
                continue
            response = client.get(page.url)
            assert response.status_code == 200, page.url


def directory_cards(client, url):
    """(address, region) of every member card in the directory at `url`, page after page, as
    a visitor following the "next page" links reads them."""
    cards = []
    while url:
        tree = lxml.html.fromstring(client.get(url).content)
        directory = tree.get_element_by_id("member-directory")
        for card in directory.find_class("member-card"):
            link = card.find_class("card__title")[0].find("a")
            cards.append((link.get("href"), card.find_class("card__meta")[0].text_content()))
        following = directory.xpath(".//a[@rel='next']/@href")
        url = urljoin(url, following[0]) if following else None
    return cards


def test_demo_latvian_member_directory_lists_all_twenty_four_members(demo, client):
    index = ClusterIndexPage.objects.get(locale__language_code="lv")
    cards = directory_cards(client, index.url)
    addresses = {address for address, _region in cards}
    assert len(addresses) == len(cards) == 24
    assert all(address.startswith(index.url) for address in addresses)
    assert sum("Tauraģes rajons" in region for _address, region in cards) == 12


def test_demo_latvian_member_profile_is_written_in_latvian(demo, client):
    member = ClusterMemberPage.objects.get(locale__language_code="lv", slug="jonas-kalvaitis")
    _tree, text = main_text(client, member.url, "lv")
    for latvian in ["Kalējs no pilsētiņas Skaudvilė", "no 25 €", "3 stundas", "līdz 6 cilvēkiem"]:
        assert latvian in text
    for lithuanian in ["Kalvis", "nuo 25 €", "valandos", "žmonių", "Tauragės rajonas"]:
        assert lithuanian not in text


@pytest.mark.parametrize("code", ["lt", "lv", "en"])
def test_demo_every_page_type_is_reachable_by_following_links_from_the_home_page(
    demo, client, code
):
    reached, queue, seen = set(), [f"/{code}/"], set()
    while queue and len(seen) < 150:
        url = queue.pop(0)
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        if response.context.get("page") is not None:  # views (search, open data) are no type
            reached.add(type(response.context["page"]).__name__)
        for href in lxml.html.fromstring(response.content).xpath("//a/@href"):
            # Pages of this language only; filters, anchors and feeds lead to no new type.
            page_link = href.startswith(f"/{code}/") and not any(c in href for c in "?#")
            if page_link and "/feed" not in href and href not in seen and href not in queue:
                queue.append(href)
    assert reached == {name.split(".")[1] for name in PAGE_TYPES}


def test_demo_search_finds_the_blacksmith_in_lithuanian(demo, client):
    tree = lxml.html.fromstring(client.get("/lt/search/?q=kalvis").content)
    titles = tree.xpath("//*[@class='search-result__title']/a/text()")
    assert "Jonas Kalvaitis" in titles
    assert all(
        href.startswith("/lt/") for href in tree.xpath("//*[@class='search-result__title']/a/@href")
    )


def test_demo_directory_filters_find_the_polish_potters_in_latvian(demo, client):
    index = ClusterIndexPage.objects.get(locale__language_code="lv")
    cards = directory_cards(client, index.url + "?sector=ceramics&country=PL")
    assert len(cards) == 2
    assert all("Polija" in region for _address, region in cards)


def test_demo_member_awaiting_consent_stays_a_draft_without_consent(demo):
    waiting = ClusterMemberPage.objects.get(slug="egle-vytelyte")
    assert not waiting.live
    assert not waiting.consents.exists()
    assert waiting.get_translations().count() == 0


def test_demo_published_members_each_have_a_current_consent(demo):
    published = ClusterMemberPage.objects.live().filter(locale__language_code="lt")
    assert published.count() == 24
    assert all(member.consents.current().exists() for member in published)


def test_demo_has_two_enquiries_to_members(demo):
    enquiries = CooperationEnquiry.objects.select_related("member__locale")
    assert sorted((e.member.slug, e.member.locale.language_code) for e in enquiries) == [
        ("jonas-kalvaitis", "lt"),
        ("ruta-audejiene", "lv"),
    ]
