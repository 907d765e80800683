"""Take the editors' guide screenshots from a running demo (`make run` in another terminal),
signed in as the demo's Communications editor: the dashboard, the EU visibility report with
the demo's gaps, the warning after publishing a project page that fails a rule, that page's
header actions (poster, evidence pack) and its evidence packs with one ready. It changes the
demo: it publishes a new revision of a project page and builds an evidence pack (run it on a
throwaway demo database).

    .venv/bin/python docs/take_editor_guide_screenshots.py [http://127.0.0.1:8000]

Uses Debian's Chromium, like the browser tests; writes docs/screenshots/editor-guide-*.png,
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
REPORT = "/admin/reports/eu-visibility/"


def shot(page, name):
    path = OUT / f"editor-guide-{name}.png"
    page.screenshot(path=path)
    return path


def failing_project_edit_url(page, base):
    """The editor of the first project page in the report (the demo's gaps)."""
    page.goto(base + REPORT + "?page_type=project")
    return base + page.locator("table.listing tbody a[href*='/edit/']").first.get_attribute("href")


def editor_shots(browser, base):
    page = browser.new_context(viewport=VIEWPORT, locale="en").new_page()
    page.goto(base + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "kartu-editor")
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    shots = [shot(page, "dashboard")]
    page.goto(base + REPORT)
    shots.append(shot(page, "report"))
    edit_url = failing_project_edit_url(page, base)
    page.goto(edit_url)
    page.wait_for_load_state("networkidle")
    page.eval_on_selector(
        "button[name='action-publish']", "button => button.form.requestSubmit(button)"
    )
    page.wait_for_selector(".messages .warning")
    shots.append(shot(page, "publish-warning"))
    page.goto(edit_url)
    page.wait_for_load_state("networkidle")
    page.locator("header [data-w-dropdown-target='toggle']").last.click()
    page.locator("header a", has_text="Evidence pack").scroll_into_view_if_needed()
    shots.append(shot(page, "page-actions"))
    page.locator("header a", has_text="Evidence pack").click()
    page.click("form button[type=submit]:has-text('Build a new evidence pack')")
    page.wait_for_load_state("networkidle")
    shots.append(shot(page, "evidence-packs"))
    return shots


def optimise(paths):
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", *map(str, paths)], check=False)


def main(base):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        paths = editor_shots(browser, base)
        browser.close()
    optimise(paths)
    print(f"docs/screenshots/: {', '.join(path.name for path in paths)} from {base}")


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
