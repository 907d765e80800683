"""Chromium (Debian's, never a downloaded build) driven by Playwright, with axe-core injected.

Without Chromium the browser tests skip, loudly; with KARTU_BROWSER_TESTS=required (CI) they
fail instead, so a browser test can never be skipped silently there.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import build_every_page_type, every_page_type_urls

# Playwright's sync API runs an event loop in this thread; the tests still touch the ORM
# directly (to build content), which Django would otherwise refuse in an async context.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

REPO = Path(__file__).resolve().parents[2]
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("KARTU_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-gpu",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
REQUIRED = os.environ.get("KARTU_BROWSER_TESTS", "").lower() == "required"


def missing_browser_tools():
    missing = []
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing.append(f"Chromium ({CHROMIUM}; apt-get install chromium)")
    if not AXE_JS.exists():
        missing.append("axe-core (npm ci)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("playwright (pip install -r requirements.txt)")
    return missing


SKIPPED_BECAUSE = missing_browser_tools()


def pytest_collection_modifyitems(config, items):
    # Under KARTU_BROWSER_TESTS=required nothing is skipped: the `browser` fixture fails instead.
    if not SKIPPED_BECAUSE or REQUIRED:
        return
    reason = "browser tools missing: " + ", ".join(SKIPPED_BECAUSE)
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=reason))


def pytest_terminal_summary(terminalreporter):
    if SKIPPED_BECAUSE and not REQUIRED:
        terminalreporter.section("BROWSER TESTS SKIPPED", sep="!", red=True, bold=True)
        terminalreporter.write_line(
            "The Chromium tests did not run: " + ", ".join(SKIPPED_BECAUSE) + ". "
            "Install what is missing, or set KARTU_BROWSER_TESTS=required to make this an error.",
            red=True,
            bold=True,
        )


@pytest.fixture(scope="session")
def browser():
    if SKIPPED_BECAUSE:
        pytest.fail("browser tools missing: " + ", ".join(SKIPPED_BECAUSE))
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def every_page_type(base_tree):
    return build_every_page_type(base_tree)


@pytest.fixture(params=["lt", "lv"])
def page_types(request, every_page_type):
    """{name: url} of every public page type, in Lithuanian and, translated through
    wagtail-localize (snippets left in Lithuanian), in Latvian."""
    code = request.param
    if code == "lt":
        return code, every_page_type_urls(every_page_type, code)
    translate = request.getfixturevalue("translate")
    translated = {}
    for name, page in every_page_type.items():  # parents come before their children
        translated[name] = translate(page, code)
    return code, every_page_type_urls(translated, code)


@pytest.fixture
def axe_violations():
    """Run axe-core's WCAG 2.1 A/AA rules on a loaded page; return the violations."""

    def run(page):
        # Evaluated, not added as a <script>: the pages' Content-Security-Policy refuses inline
        # script, and rightly so.
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
        result = page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            WCAG_TAGS,
        )
        return result["violations"]

    return run


def describe(violations):
    return json.dumps(
        [
            {
                "id": v["id"],
                "help": v["help"],
                "nodes": [node["html"][:160] for node in v["nodes"][:3]],
            }
            for v in violations
        ],
        indent=2,
        ensure_ascii=False,
    )


# Runs in every document and frame before its own scripts: collects what the policy refused.
RECORD_VIOLATIONS = """
window.kartuViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.kartuViolations.push({
    disposition: event.disposition,
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});
"""


@pytest.fixture
def violations(page, live_server):
    """Records what the policies refuse in every document of our origin the page opens (the
    events, and the console's own words for them); calling it returns them and starts afresh."""
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.context.add_init_script(RECORD_VIOLATIONS)

    def collected():
        found = [
            violation
            for frame in page.frames
            if frame.url.startswith(live_server.url)
            for violation in frame.evaluate("window.kartuViolations || []")
        ]
        found += [
            {"disposition": "report" if "report-only" in text else "enforce", "console": text}
            for text in console
            if "Content Security Policy" in text or "Permissions-Policy" in text
        ]
        console.clear()
        return found

    return collected
