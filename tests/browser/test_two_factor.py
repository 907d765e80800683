"""In Chromium, with KARTU_REQUIRE_2FA on: an administrator signs in with a password, scans
(here: reads) the key of the enrolment page, confirms a code, keeps the recovery codes shown once
and reaches the dashboard; the next sign-in asks for a code. Nothing loads from another host, and
no page of the way breaks the admin's Content-Security-Policy, nor even the strict one that is
report-only for staff (no inline script or style)."""

import base64
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import totp
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from tests.browser.conftest import describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "kartu-test"


@pytest.fixture
def administrator(base_tree, settings):
    settings.KARTU_REQUIRE_2FA = True
    user = get_user_model().objects.create_superuser("rasa", "rasa@example.org", PASSWORD)
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language="en")
    return user


def sign_in_with_password(page, live_server):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "rasa")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()


def code_for(key, steps_ahead=0):
    secret = base64.b32decode(key.replace(" ", ""))
    return f"{totp(secret, drift=steps_ahead):06d}"


def test_an_administrator_enrols_and_signs_in_with_a_code(
    live_server, page, administrator, axe_violations, violations
):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))

    sign_in_with_password(page, live_server)
    page.wait_for_url("**/admin/two-factor/enrol/?next=/admin/")
    qr_code = page.locator(".kartu-two-factor__qr svg").bounding_box()
    assert qr_code["width"] >= 150  # the stylesheet's size, scannable
    page.wait_for_load_state("networkidle")
    assert violations() == []
    assert (problems := axe_violations(page)) == [], describe(problems)
    key = page.locator(".kartu-two-factor__secret").inner_text()

    # A mistyped code: the message shows (Wagtail's sign-in look hides errors under a field).
    page.fill("#id_code", "000000" if code_for(key) != "000000" else "111111")
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("status").get_by_text("This code does not match.")).to_be_visible()

    page.fill("#id_code", code_for(key))
    page.get_by_role("button", name="Confirm").click()

    page.wait_for_url("**/admin/two-factor/recovery-codes/?next=/admin/")
    assert page.locator(".kartu-two-factor__codes code").count() == 10
    page.wait_for_load_state("networkidle")
    assert violations() == []
    assert (problems := axe_violations(page)) == [], describe(problems)
    page.get_by_role("link", name="I have saved them: continue").click()
    page.wait_for_url(live_server.url + "/admin/")
    page.get_by_role("heading", name="Kartu", exact=True).wait_for()  # the dashboard

    # The next sign-in asks for the code (the next one: each code verifies once).
    page.context.clear_cookies()
    sign_in_with_password(page, live_server)
    page.wait_for_url("**/admin/two-factor/verify/?next=/admin/")
    # The code of the next step: the one just used cannot verify twice, and one step of clock
    # drift either way is accepted.
    page.wait_for_load_state("networkidle")
    assert violations() == []
    page.fill("#id_code", code_for(key, steps_ahead=1))
    page.get_by_role("button", name="Verify").click()
    page.wait_for_url(live_server.url + "/admin/")

    assert hosts == {urlsplit(live_server.url).netloc}
