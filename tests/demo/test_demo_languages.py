"""The demo reads in five languages: the frame in all of them, the Polish members in Polish, the
Crafts project in Russian."""

import pytest
from wagtail.models import Locale, Page

from clusters.models import ClusterMemberPage
from kartu.demo.content import Content
from kartu.demo.text import LANGUAGE_CODES, text
from projects.models import ProjectPage
from tests.demo.reading import main_text

pytestmark = pytest.mark.django_db


def test_demo_polish_member_profile_answers_in_polish(demo, client):
    member = ClusterMemberPage.objects.get(locale__language_code="pl", slug="jan-kowalczyk")
    assert member.live and member.url.startswith("/pl/")
    _tree, reads = main_text(client, member.url, "pl")
    polish = ["Kowal z powiatu suwalskiego", "Bramy kute", "od 5 €", "do 6 osób"]
    lithuanian = ["Kalvis", "Kaltiniai vartai", "nuo 5 €", "žmonių", "Suvalkų apskritis"]
    assert [w for w in polish if w not in reads] == [w for w in lithuanian if w in reads] == []


def test_demo_crafts_project_answers_in_russian(demo, client):
    crafts = ProjectPage.objects.get(locale__language_code="lv", slug="amatnieciba-bez-robezam")
    russian = crafts.get_translation(Locale.objects.get(language_code="ru"))
    assert russian.live and russian.url.startswith("/ru/")
    _tree, reads = main_text(client, russian.url, "ru")
    words = ["Ремесло без границ", "Латгальский регион планирования", "Даугавпилсской"]
    latvian = ["Amatniecība bez robežām", "Latgales plānošanas reģions", "cietokšņa"]
    assert [w for w in words if w not in reads] == [w for w in latvian if w in reads] == []


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_demo_home_and_standard_pages_are_live_in_every_language(demo, client, code):
    content, names = Content(), ["pages/about", "pages/accessibility", "pages/privacy"]
    for spec in [content["pages/frame"]["home"], *(content[name] for name in names)]:
        page = Page.objects.get(locale__language_code=code, slug=text(spec["slug"], code))
        tree, _reads = main_text(client, page.url, code)
        assert page.live and tree.findtext(".//main//h1") == text(spec["title"], code)
