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

from guide_screenshots import shot as named_shot
from guide_screenshots import signed_in, take

REPORT = "/admin/reports/eu-visibility/"


def shot(page, name):
    return named_shot(page, f"editor-guide-{name}")


def failing_project_edit_url(page, base):
    """The editor of the first project page in the report (the demo's gaps)."""
    page.goto(base + REPORT + "?page_type=project")
    return base + page.locator("table.listing tbody a[href*='/edit/']").first.get_attribute("href")


def editor_shots(browser, base):
    page = signed_in(browser, base, "editor", "kartu-editor")
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


if __name__ == "__main__":
    take(editor_shots)
