"""Take the translators' tour screenshots from a running demo (`make run` in another terminal),
signed in as the demo's Latvian translator: "My jobs" on the dashboard, and in the translation
editor of the job's page the translation memory's fuzzy matches and a string needing revision
with its diff. It only looks: nothing in the demo changes.

    .venv/bin/python docs/take_translator_guide_screenshots.py [http://127.0.0.1:8000]

Uses Debian's Chromium, like the browser tests; writes docs/screenshots/translator-guide-*.png,
then shrinks them with optipng when it is installed.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]
VIEWPORT = {"width": 1280, "height": 800}


def shot(page, name):
    path = OUT / f"translator-guide-{name}.png"
    page.screenshot(path=path)
    return path


def shot_of(page, selector, name):
    """The viewport with `selector` near its top: scrolled to it, then back a little with the
    mouse wheel (the admin scrolls its main area, not the window), clear of the sticky
    header."""
    page.locator(selector).first.scroll_into_view_if_needed()
    page.mouse.move(700, 400)
    page.mouse.wheel(0, -90)
    page.wait_for_timeout(300)
    return shot(page, name)


def open_due_page(page, base):
    """Dashboard → "My jobs" → the job → the translation editor of its page."""
    page.locator("#translation-jobs-section tr.kartu-job a").first.click()
    page.wait_for_load_state("networkidle")
    page.locator("tr.kartu-job-item a[href*='/admin/pages/']").first.click()
    page.wait_for_load_state("networkidle")
    page.wait_for_selector(".kartu-memory")


def translator_shots(browser, base):
    page = browser.new_context(viewport=VIEWPORT, locale="en").new_page()
    page.goto(base + "/admin/login/")
    page.fill("#id_username", "translator-lv")
    page.fill("#id_password", "kartu-translator")
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    shots = [shot_of(page, "#translation-jobs-section", "my-jobs")]
    open_due_page(page, base)
    shots.append(shot_of(page, ".kartu-memory", "memory-panel"))
    shots.append(shot_of(page, ".kartu-revisions", "needs-revision"))
    return shots


def optimise(paths):
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", *map(str, paths)], check=False)


def main(base):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        paths = translator_shots(browser, base)
        browser.close()
    optimise(paths)
    print(f"docs/screenshots/: {', '.join(path.name for path in paths)} from {base}")


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
