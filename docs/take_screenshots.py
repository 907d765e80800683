"""Take the README's visitor screenshots from a running demo (`make run` in another terminal).

    .venv/bin/python docs/take_screenshots.py [http://127.0.0.1:8000]

Uses Debian's Chromium, like the browser tests; writes docs/screenshots/visitor-*.png.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# (file name, address, window, element to scroll to the top or None)
SHOTS = [
    ("visitor-home-lt", "/lt/", DESKTOP, None),
    ("visitor-news-phone-lt", "/lt/naujienos/", PHONE, None),
    ("visitor-event-lt", "/lt/naujienos/paverskite-savo-svajone-verslu/", DESKTOP, None),
    ("visitor-project-lv", "/lv/projekti/amatnieciba-bez-robezam/", DESKTOP, None),
    ("visitor-project-funding-en", "/en/projects/sb-creative-clusters/", DESKTOP, ".facts-panel"),
    ("visitor-directory-en", "/en/clusters/?sector=ceramics&open=1", DESKTOP, "#member-directory"),
    ("visitor-directory-phone-lv", "/lv/klasteri/", PHONE, "#member-directory"),
    (
        "visitor-member-en",
        "/en/clusters/taurage-suwalki-crafts-cluster/aldona-puodziuniene/",
        DESKTOP,
        None,
    ),
    ("visitor-search-en", "/en/search/?q=workshop", DESKTOP, None),
]


def main(base):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        for name, address, window, anchor in SHOTS:
            context = browser.new_context(viewport=window)
            page = context.new_page()
            response = page.goto(base + address)
            if response is None or response.status != 200:
                sys.exit(f"{address} answered {response and response.status}")
            if anchor:
                page.evaluate(f"document.querySelector({anchor!r}).scrollIntoView()")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=OUT / f"{name}.png")
            context.close()
            print(f"docs/screenshots/{name}.png  {address}")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8000")
