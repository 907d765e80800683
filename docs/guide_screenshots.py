"""What the admin guides' screenshot scripts share (take_editor_guide_screenshots.py,
take_translator_guide_screenshots.py): Debian's Chromium as the browser tests launch it, a
signed-in page of the demo, PNGs under docs/screenshots/ shrunk with optipng when installed."""

import shutil
import subprocess
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]
VIEWPORT = {"width": 1280, "height": 800}


def shot(page, name):
    path = OUT / f"{name}.png"
    page.screenshot(path=path)
    return path


def signed_in(browser, base, username, password):
    """A new admin page (in English) signed in as the demo user `username`."""
    page = browser.new_context(viewport=VIEWPORT, locale="en").new_page()
    page.goto(base + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
    return page


def take(shots):
    """Run `shots(browser, base)` (it returns the PNG paths) against the demo at argv[1]."""
    base = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        paths = shots(browser, base)
        browser.close()
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", *map(str, paths)], check=False)
    print(f"docs/screenshots/: {', '.join(path.name for path in paths)} from {base}")
