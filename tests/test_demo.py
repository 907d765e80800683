"""`load_demo` builds the whole multilingual demo, and a second run changes nothing."""

from urllib.parse import urljoin

import lxml.html
import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from clusters.models import ClusterIndexPage, ClusterMemberPage
from news.models import NewsPage
from projects.models import ProjectPage

PAGE_TYPES = [
    "home.HomePage",
    "home.StandardPage",
    "news.NewsIndexPage",
    "news.NewsPage",
    "projects.ProjectIndexPage",
    "projects.ProjectPage",
    "clusters.ClusterIndexPage",
    "clusters.ClusterPage",
    "clusters.ClusterMemberPage",
]
SNIPPETS = [
    "projects.FundingProgramme",
    "projects.Organisation",
    "projects.FundingDisclaimer",
    "news.NewsCategory",
    "clusters.CraftSector",
    "clusters.Region",
    "home.FooterText",
]


def counts():
    models = [apps.get_model(name) for name in PAGE_TYPES + SNIPPETS]
    tally = {model._meta.label: model.objects.count() for model in models}
    tally.update(
        pages=Page.objects.count(),
        images=get_image_model().objects.count(),
        users=get_user_model().objects.count(),
        translations=Translation.objects.count(),
        string_translations=StringTranslation.objects.count(),
    )
    return tally


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded twice, once for the whole module, inside a transaction rolled back at
    the end (as TestCase.setUpTestData does): loading takes a while, and other tests must not
    see it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            # load_demo publishes translations in on-commit callbacks; run them here.
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo", force=True, verbosity=0)
            first = counts()
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo", force=True, verbosity=0)
            yield first, counts()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


pytestmark = pytest.mark.django_db


def test_second_load_demo_changes_no_counts(demo):
    first, second = demo
    assert second == first


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
    assert ProjectPage.objects.filter(locale__language_code__in=["lt", "lv"]).count() == 5
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


def test_demo_pages_render_in_lithuanian_latvian_and_english(demo, client):
    for code in ["lt", "lv", "en"]:
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
    tree = lxml.html.fromstring(client.get(member.url).content)
    text = " ".join(tree.find(".//main").text_content().split())
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
