"""Coverage per page and locale: the share of a page's strings translated, in the status report
and in a translator's page explorer, computed in bulk (`translations.coverage`)."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.operations import translate_object

from tests import factories
from tests.queries import count_queries
from tests.translations.users import make_user
from translations.coverage import coverage_by_key
from translations.roles import COMMUNICATIONS, translators_group
from translations.views.coverage_listing import CoverageExplorableIndexView

REPORT_URL = reverse("translations_status")


def submit(page, code, translated=0):
    """Submit `page` for translation into `code` and translate its first `translated` strings;
    returns how many strings it has."""
    locale = Locale.objects.get(language_code=code)
    translate_object(page, [locale])
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    segments = list(StringSegment.objects.filter(source=source).order_by("order"))
    for segment in segments[:translated]:
        StringTranslation.objects.create(
            translation_of_id=segment.string_id,
            context_id=segment.context_id,
            locale=locale,
            data=f"[{code}] …",
            translation_type="manual",
        )
    return len(segments)


@pytest.fixture
def pages(tree):
    """Below the Lithuanian home: one page submitted into Latvian with nothing translated, one
    with one string translated, one never submitted; "about" is fully translated."""
    home = tree["homes"]["lt"]
    untouched = factories.StandardPageFactory(parent=home, title="Kontaktai", slug="kontaktai")
    started = factories.StandardPageFactory(parent=home, title="Partneriai", slug="partneriai")
    new = factories.StandardPageFactory(parent=home, title="Renginiai", slug="renginiai")
    submit(untouched, "lv")
    strings = submit(started, "lv", translated=1)
    return {
        "about": tree["pages"]["lt"],
        "untouched": untouched,
        "started": started,
        "new": new,
        "strings": strings,
    }


def lv_id():
    return Locale.objects.get(language_code="lv").pk


def test_coverage_per_page_counts_the_translated_strings(pages):
    lv = lv_id()
    keys = [(pages[name].translation_key, lv) for name in ["about", "untouched", "started", "new"]]

    coverage = coverage_by_key(keys)

    assert coverage[keys[0]].percent == 100
    assert coverage[keys[1]].percent == 0
    assert coverage[keys[2]].translated == 1
    assert coverage[keys[2]].percent == 100 // pages["strings"]
    assert coverage[keys[3]] is None  # never submitted for translation


def test_status_report_shows_the_share_translated_per_page_and_language(pages, client):
    client.force_login(make_user("communications", COMMUNICATIONS))

    html = client.get(REPORT_URL, {"locale": "lv"}).content.decode()

    rows = {
        row.select("td")[1].get_text(strip=True): row.select("td")[6].get_text(strip=True)
        for row in BeautifulSoup(html, "html.parser").select("form table.listing tbody tr")
    }
    assert rows["Apie mus"] == "100 %"
    assert rows["Kontaktai"] == "0 %"
    assert rows["Partneriai"] == f"{100 // pages['strings']} %"
    assert rows["Renginiai"] == "—"


def explorer_coverage(client, home):
    html = client.get(reverse("wagtailadmin_explore", args=[home.pk])).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    headers = [th.get_text(strip=True) for th in soup.select("table thead th")]
    column = headers.index("Translated")
    return {
        row.select("td")[1].get_text(" ", strip=True).split(" ")[0]: row.select("td")[
            column
        ].get_text(strip=True)
        for row in soup.select("table tbody tr")
    }


def test_translators_page_explorer_shows_the_share_translated(pages, tree, client):
    client.force_login(make_user("translator-lv", translators_group("lv")))

    shown = explorer_coverage(client, tree["homes"]["lv"])

    assert shown["[lv]"] == "100 %"  # the about page ("[lv] Apie mus")


def test_explorer_coverage_costs_four_queries_for_3_pages_and_for_30(tree, client, monkeypatch):
    """The column's cost, measured as the explorer's queries with it minus without it (Wagtail's
    own listing checks each row's delete rights for a translator): four, the sources, their
    strings, the translated strings and the revisions of every page listed at once."""
    client.force_login(make_user("translator-lv", translators_group("lv")))
    home = tree["homes"]["lt"]
    url = reverse("wagtailadmin_explore", args=[tree["homes"]["lv"].pk])

    def add_pages(first, count):
        for number in range(first, first + count):
            page = factories.StandardPageFactory(parent=home, title=f"Puslapis {number}")
            submit(page, "lv", translated=number % 3)

    def column_cost():
        monkeypatch.setattr(CoverageExplorableIndexView, "shows_coverage", False)
        without = count_queries(client, url)
        monkeypatch.setattr(CoverageExplorableIndexView, "shows_coverage", True)
        return count_queries(client, url) - without

    add_pages(0, 3)
    with_3 = column_cost()
    add_pages(3, 27)
    with_30 = column_cost()

    assert with_3 == with_30 == 4
