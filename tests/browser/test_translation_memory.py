"""In Chromium: a Latvian translator opens the translation editor, sees the memory's fuzzy
match for an untranslated string in the side panel, uses it, and the string is saved."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Site
from wagtail_localize.models import StringTranslation
from wagtail_localize.operations import translate_object

from tests import factories
from tests.browser.test_translation_review import log_in, make_user
from tests.translations.memory_content import MEETING, MEETING_CHANGED, MEETING_IN
from translations.roles import setup_roles, translators_group

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def untranslated_page(base_tree, translate):
    """A page whose intro the memory knows in Latvian with one word changed, submitted for
    translation into Latvian and not translated yet."""
    home = factories.HomePageFactory(parent=base_tree, title="Pradžia", slug="lt-home")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    remembered = factories.StandardPageFactory(
        parent=home, title="Susitikimas", slug="susitikimas", intro=MEETING
    )
    translate(home, "lv", {"lt-home": "lv-home"})
    translate(remembered, "lv", {MEETING: MEETING_IN["lv"], "Susitikimas": "Tikšanās"})
    page = factories.StandardPageFactory(
        parent=home, title="Audėjai", slug="audejai", intro=MEETING_CHANGED
    )
    latvian = Locale.objects.get(language_code="lv")
    translate_object(page, [latvian])
    setup_roles()
    return page.get_translation(latvian)


def test_translator_uses_a_fuzzy_match_from_the_panel(live_server, page, untranslated_page):
    make_user("translator-lv", translators_group("lv"))
    log_in(page, live_server, "translator-lv")
    page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[untranslated_page.pk]))

    match = page.locator(".kartu-memory-match").filter(has_text=MEETING_IN["lv"])
    match.wait_for()
    assert "from “Tikšanās”" in match.inner_text()
    match.get_by_role("button", name="Use this match").click()
    page.get_by_text("The match was copied into the string.").wait_for()

    saved = StringTranslation.objects.get(
        translation_of__data=MEETING_CHANGED, locale__language_code="lv"
    )
    assert saved.data == MEETING_IN["lv"]
    # The editor, reloaded, shows it as the string's translation.
    page.locator("li").filter(has_text=MEETING_CHANGED).filter(
        has_text=MEETING_IN["lv"]
    ).last.wait_for()
