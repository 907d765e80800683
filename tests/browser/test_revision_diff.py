"""In Chromium: a Latvian translator opens the translation editor of a page whose source string
changed, sees the word diff and "Keep previous" beside that string, keeps the previous
translation, and it is saved (`translations.revisions`, site/static/js/translation-revisions.js)."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Site
from wagtail_localize.models import StringTranslation, TranslationSource

from tests import factories
from tests.browser.conftest import AXE_JS, WCAG_TAGS
from tests.browser.test_translation_review import log_in, make_user
from translations.revisions.models import StringRevision
from translations.roles import setup_roles, translators_group

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OLD = "Audėjai susitinka Tauragėje."
NEW = "Audėjai susitinka Suvalkuose."
OLD_IN_LATVIAN = "Audēji tiekas Tauraģē."


@pytest.fixture
def revised_page(base_tree, translate):
    home = factories.HomePageFactory(parent=base_tree, title="Pradžia", slug="lt-home")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    translate(home, "lv", {"lt-home": "lv-home"})
    page = factories.StandardPageFactory(parent=home, title="Audėjai", slug="audejai", intro=OLD)
    latvian = translate(page, "lv", {OLD: OLD_IN_LATVIAN, "Audėjai": "Audēji"})
    page.intro = NEW
    page.save_revision().publish()
    TranslationSource.objects.get(
        object_id=page.translation_key, locale=page.locale
    ).update_from_db()
    setup_roles()
    return latvian


def test_translator_keeps_the_previous_translation_beside_the_revised_string(
    live_server, page, violations, revised_page
):
    make_user("translator-lv", translators_group("lv"))
    log_in(page, live_server, "translator-lv")
    violations()  # only the editor's count
    page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[revised_page.pk]))

    # The entry sits in the editor's item of the changed string, not in the panel above.
    string = page.locator(".js-translation-editor li").filter(
        has=page.locator(":scope > p", has_text=NEW)
    )
    entry = string.locator(".kartu-revision-entry")
    entry.wait_for()
    assert string.count() == 1
    assert entry.locator("del").text_content() == "removed: Tauragėje."
    assert entry.locator("ins").text_content() == "added: Suvalkuose."
    assert OLD_IN_LATVIAN in entry.inner_text()
    # The title, which did not change, has no entry; the panel says where the entries went.
    title = page.locator(".js-translation-editor li").filter(
        has=page.locator(":scope > p", has_text=re.compile("^Audėjai$"))
    )
    assert title.locator(".kartu-revision-entry").count() == 0
    assert page.locator(".kartu-revisions-placed").is_visible()
    assert axe_violations_in(page, ".kartu-revision-entry") == []
    with_a_revision = violations()

    entry.get_by_role("button", name=f"Keep previous translation of “{NEW}”").click()
    page.get_by_text("The previous translation is kept").wait_for()

    saved = StringTranslation.objects.get(translation_of__data=NEW, locale__language_code="lv")
    assert saved.data == OLD_IN_LATVIAN
    assert not StringRevision.objects.open().exists()
    # Back in the editor, the string shows its translation and needs no revision any more.
    string.filter(has_text=OLD_IN_LATVIAN).wait_for()
    assert page.locator(".kartu-revision-entry").count() == 0
    # What the admin's report-only strict policy logs (wagtail-localize's inline script and
    # styles) is the same with an entry placed beside a string as with none: nothing new.
    assert violations() == with_a_revision
    assert all(found["disposition"] == "report" for found in with_a_revision)
    assert "translation-revisions" not in repr(with_a_revision)


def axe_violations_in(page, selector):
    """axe-core's WCAG 2.1 A/AA violations within the elements `selector` finds: the editor
    around them is wagtail-localize's, not ours to judge here."""
    page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate(
        """async ([selector, tags]) => await axe.run(
             {include: [[selector]]}, {runOnly: {type: "tag", values: tags}})""",
        [selector, WCAG_TAGS],
    )
    assert result["passes"], f"nothing checked in {selector}"
    return result["violations"]


def test_the_entry_stays_beside_its_string_while_the_translator_edits_it(
    live_server, page, revised_page
):
    make_user("translator-lv", translators_group("lv"))
    log_in(page, live_server, "translator-lv")
    page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[revised_page.pk]))
    string = page.locator(".js-translation-editor li").filter(
        has=page.locator(":scope > p", has_text=NEW)
    )
    string.locator(".kartu-revision-entry").wait_for()

    string.get_by_role("button", name="Translate").click()  # React re-renders the item

    string.locator("textarea").wait_for()
    assert string.locator(".kartu-revision-entry").count() == 1
    assert page.locator(".kartu-revision-entry").count() == 1
