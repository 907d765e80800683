"""In Chromium: every public page type keeps its Content-Security-Policy, and the admin works
under its own (README "Security headers")."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.conftest import every_page_type_urls

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def enforced(violations):
    return [found for found in violations if found.get("disposition") != "report"]


def log_in(page, live_server):
    get_user_model().objects.create_superuser("chief", "chief@example.org", "kartu-test")
    page.goto(live_server.url + reverse("wagtailadmin_login"))
    page.fill("#id_username", "chief")
    page.fill("#id_password", "kartu-test")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(live_server.url + reverse("wagtailadmin_home"))


def test_every_public_page_type_renders_without_a_policy_violation(
    live_server, page, violations, every_page_type
):
    problems = {}
    for name, url in every_page_type_urls(every_page_type, "lt").items():
        page.goto(live_server.url + url)
        page.wait_for_load_state("networkidle")
        if found := violations():
            problems[name] = found
    assert problems == {}


def test_structured_data_is_read_under_the_policy(live_server, page, violations, every_page_type):
    page.goto(live_server.url + every_page_type["news post"].url)
    data = page.evaluate(
        """[...document.querySelectorAll('script[type="application/ld+json"]')]
             .flatMap((script) => JSON.parse(script.textContent)["@graph"])
             .map((node) => node["@type"])"""
    )
    assert "NewsArticle" in data
    assert violations() == []


def test_video_player_frame_is_allowed_after_the_click(
    live_server, page, violations, every_page_type
):
    page.goto(live_server.url + every_page_type["news post"].url)
    page.get_by_role("button", name="Vaizdo įrašas").click()
    assert page.locator("iframe[src*='youtube-nocookie.com/embed/abc123']").count() == 1
    assert violations() == []


def test_the_check_catches_what_the_policy_refuses(live_server, page, violations, every_page_type):
    # Proves the check can fail: an image from another host, as an injected one would be.
    page.goto(live_server.url + every_page_type["home"].url)
    page.evaluate(
        """() => new Promise((resolve) => {
             document.addEventListener("securitypolicyviolation", () => resolve());
             document.body.append(Object.assign(new Image(), {src: "https://example.org/x.png"}));
           })"""
    )
    assert {"disposition": "enforce", "directive": "img-src"}.items() <= (violations()[0].items())


def test_admin_sign_in_dashboard_and_page_editor_work_under_the_enforced_policy(
    live_server, page, violations, every_page_type
):
    log_in(page, live_server)  # the sign-in page has the strict policy enforced
    assert enforced(violations()) == []

    page.wait_for_load_state("networkidle")
    assert enforced(violations()) == []

    news = every_page_type["news post"]
    page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[news.pk]))
    page.locator("[data-side-panel-toggle='preview']").first.click()
    preview = page.frame_locator("iframe[data-w-preview-target='iframe']").first
    assert preview.locator("h1").inner_text() == news.title
    found = violations()
    assert enforced(found) == []
    # What the strict policy reports for signed-in staff is only the inline script and style
    # that settings/headers.py says Wagtail still needs.
    assert {violation["blocked"] for violation in found if "blocked" in violation} <= {"inline"}


def test_editor_userbar_works_under_the_public_policy(
    live_server, page, violations, every_page_type
):
    log_in(page, live_server)
    violations()
    page.goto(live_server.url + every_page_type["news post"].url)
    page.wait_for_load_state("networkidle")
    assert page.locator("wagtail-userbar").count() == 1
    assert violations() == []
