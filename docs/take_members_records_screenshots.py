"""Take the README's screenshots of members' records from a running demo (`make run` in another
terminal): the enquiry form a visitor sees (blank, then refused), the enquiries and one enquiry
as Communications staff see them, the consent panel of the member awaiting consent, and a
consent's form with a withdrawal date typed in. It saves nothing: the refused form stores
nothing and the consent form is not submitted.

    .venv/bin/python docs/take_members_records_screenshots.py [http://127.0.0.1:8000]

Uses Debian's Chromium, like the browser tests; writes docs/screenshots/.
"""

import datetime
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]
DESKTOP = {"width": 1280, "height": 900}
FORM = "/lt/klasteriai/taurages-suvalku-amatu-klasteris/jonas-kalvaitis/contact/"


def visitor_shots(browser, base):
    page = browser.new_context(viewport=DESKTOP).new_page()
    page.goto(base + FORM)
    page.screenshot(path=OUT / "visitor-enquiry-form-lt.png", full_page=True)
    page.fill("#id_email", "ieva-at-example.org")
    page.click("form.enquiry-form button[type=submit]")
    page.screenshot(path=OUT / "visitor-enquiry-refused-lt.png")


def editor_shots(browser, base):
    page = browser.new_context(viewport=DESKTOP).new_page()
    page.goto(base + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "kartu-editor")
    page.click("button[type=submit]")
    page.goto(base + "/admin/clusters/cooperationenquiry/")
    page.screenshot(path=OUT / "editor-enquiries.png")
    page.goto(base + page.locator("a[href*='/inspect/']").first.get_attribute("href"))
    page.screenshot(path=OUT / "editor-enquiry-inspect.png", full_page=True)
    page.goto(base + "/admin/pages/search/?q=Vytelyt%C4%97")
    page.locator("a[href*='/edit/']", has_text="Eglė Vytelytė").first.click()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=OUT / "editor-member-consent-panel.png")
    page.goto(base + "/admin/clusters/publicationconsent/")
    page.locator("a[href*='/edit/']").first.click()
    page.fill("#id_withdrawn_at", datetime.date.today().isoformat())
    page.click("h1")  # closes the date picker
    page.screenshot(path=OUT / "editor-consent-withdrawal.png", full_page=True)


def main(base):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        visitor_shots(browser, base)
        editor_shots(browser, base)
        browser.close()
    print(f"docs/screenshots/: visitor-enquiry-*.png, editor-*.png from {base}")


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
