"""The member enquiry form in Chromium, after a refusal: no axe-core violations, and the
summary of problems takes focus so that it is read first."""

import pytest

from tests.browser.conftest import describe
from tests.conftest import build_every_page_type

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_refused_enquiry_has_no_axe_violations_and_its_summary_takes_focus(
    live_server, page, axe_violations, base_tree
):
    member = build_every_page_type(base_tree)["member profile"]
    page.goto(live_server.url + member.url + "contact/")
    page.fill("#id_email", "ona-at-example.org")
    page.click("form.enquiry-form button[type=submit]")
    page.wait_for_selector("[data-error-summary]")
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert page.locator("#id_email").get_attribute("aria-invalid") == "true"
    violations = axe_violations(page)
    assert violations == [], describe(violations)
