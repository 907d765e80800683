"""In Chromium: a Latvian translator edits a string in wagtail-localize's translation editor and
submits the page to Translation review; a reviewer approves it; visitors see the new text."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Site
from wagtail.users.models import UserProfile

from tests import factories
from translations.roles import REVIEWERS, setup_roles, translators_group

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SOURCE_INTRO = "Apie mūsų projektą."
OLD_INTRO = "Par projektu."
NEW_INTRO = "Par mūsu kopīgo projektu."


@pytest.fixture
def latvian_page(base_tree, translate):
    home = factories.HomePageFactory(parent=base_tree, title="Pradžia", slug="lt-home")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    about = factories.StandardPageFactory(
        parent=home, title="Apie mus", slug="apie", intro=SOURCE_INTRO
    )
    translate(home, "lv", {"lt-home": "lv-home"})
    lv = translate(about, "lv", {"Apie mus": "Par mums", SOURCE_INTRO: OLD_INTRO, "apie": "par"})
    setup_roles()
    return lv


def make_user(username, group):
    user = get_user_model().objects.create_user(username=username, password="kartu-test")
    user.groups.add(group if isinstance(group, Group) else Group.objects.get(name=group))
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language="en")
    return user


def log_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "kartu-test")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(live_server.url + "/admin/")


def test_translation_goes_live_after_review(live_server, page, latvian_page):
    make_user("translator-lv", translators_group("lv"))
    make_user("reviewer", REVIEWERS)
    edit_url = live_server.url + reverse("wagtailadmin_pages:edit", args=[latvian_page.pk])

    # The translator edits one string in the translation editor and saves it.
    log_in(page, live_server, "translator-lv")
    page.goto(edit_url)
    segment = page.locator("li").filter(has_text=SOURCE_INTRO).filter(has_text=OLD_INTRO).last
    segment.wait_for()
    segment.get_by_text("Edit", exact=True).click()
    editing = page.locator("li").filter(has_text=SOURCE_INTRO).filter(has=page.locator("textarea"))
    editing.last.locator("textarea").fill(NEW_INTRO)
    with page.expect_response(lambda response: "/strings/" in response.url) as saved:
        editing.last.get_by_text("Save", exact=True).click()
    assert saved.value.ok

    # ...and submits the page for review: not live yet.
    page.get_by_role("button", name="Submit to Translation review").click()
    page.get_by_text("has been submitted to Translation review").wait_for()
    assert NEW_INTRO not in page.context.request.get(live_server.url + latvian_page.url).text()

    # The reviewer finds it on the dashboard and approves it.
    log_in(page, live_server, "reviewer")
    page.goto(live_server.url + "/admin/")
    page.get_by_text("Par mums").first.wait_for()
    # "Awaiting your review": the row's Actions menu holds "Approve", which posts at once.
    review_row = page.locator("tr").filter(has_text="Par mums").first
    review_row.get_by_role("button", name="Actions").click()
    with page.expect_response(lambda response: "/workflow/action/" in response.url) as approved:
        page.get_by_role("button", name="Approve", exact=True).click()
    assert approved.value.status < 400, approved.value.status
    page.wait_for_load_state("networkidle")

    # Visitors now read the translation.
    page.goto(live_server.url + latvian_page.url)
    assert page.get_by_text(NEW_INTRO).count() >= 1
