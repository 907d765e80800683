"""Take the translators' tour screenshots from a running demo (`make run` in another terminal),
signed in as the demo's Latvian translator: "My jobs" on the dashboard, and in the translation
editor of the job's page the translation memory's fuzzy matches and a string needing revision
with its diff. It only looks: nothing in the demo changes.

    .venv/bin/python docs/take_translator_guide_screenshots.py [http://127.0.0.1:8000]

Uses Debian's Chromium, like the browser tests; writes docs/screenshots/translator-guide-*.png,
then shrinks them with optipng when it is installed.
"""

from guide_screenshots import shot as named_shot
from guide_screenshots import signed_in, take


def shot(page, name):
    return named_shot(page, f"translator-guide-{name}")


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
    page = signed_in(browser, base, "translator-lv", "kartu-translator")
    shots = [shot_of(page, "#translation-jobs-section", "my-jobs")]
    open_due_page(page, base)
    shots.append(shot_of(page, ".kartu-memory", "memory-panel"))
    placed = ".js-translation-editor .kartu-revision-entry"  # beside its string
    page.wait_for_selector(placed)
    shots.append(shot_of(page, placed, "needs-revision"))
    return shots


if __name__ == "__main__":
    take(translator_shots)
