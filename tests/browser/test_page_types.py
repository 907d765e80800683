"""Every public page type, in Chromium: no axe-core violations, nothing loaded from elsewhere."""

from urllib.parse import urlparse

import pytest

from tests.browser.conftest import describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_every_page_type_has_no_axe_violations(live_server, page, axe_violations, page_types):
    code, urls = page_types
    failures = {}
    for name, url in urls.items():
        page.goto(live_server.url + url)
        assert page.locator("html").get_attribute("lang") == code, name
        violations = axe_violations(page)
        if violations:
            failures[name] = describe(violations)
    assert failures == {}


# Run in the page: what the validator and a screen reader would complain about that axe's
# WCAG 2.1 rules do not all cover (duplicate-id is no longer among them).
STRUCTURE_PROBLEMS = """() => {
  const problems = [];
  const h1s = document.querySelectorAll("h1").length;
  if (h1s !== 1) problems.push(`${h1s} h1 elements`);
  if (!document.documentElement.lang) problems.push("no lang on html");
  const seen = new Set();
  for (const element of document.querySelectorAll("[id]")) {
    if (seen.has(element.id)) problems.push(`duplicate id ${element.id}`);
    seen.add(element.id);
  }
  for (const img of document.querySelectorAll("img:not([alt])")) {
    problems.push(`img without alt: ${img.src}`);
  }
  const controls =
    "input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea";
  for (const control of document.querySelectorAll(controls)) {
    if (!control.labels.length && !control.getAttribute("aria-label")) {
      problems.push(`unlabelled ${control.name}`);
    }
  }
  return problems;
}"""


def test_every_page_type_has_a_valid_structure(live_server, page, page_types):
    _, urls = page_types
    problems = {}
    for name, url in urls.items():
        page.goto(live_server.url + url)
        found = page.evaluate(STRUCTURE_PROBLEMS)
        if found:
            problems[name] = found
    assert problems == {}


def test_structure_check_reports_a_duplicate_id(page):
    # Proves the check itself can fail.
    page.set_content('<html lang="lt"><body><h1 id="a">A</h1><p id="a">B</p></body></html>')
    assert page.evaluate(STRUCTURE_PROBLEMS) == ["duplicate id a"]


def test_directory_filters_in_the_address_find_the_member(live_server, page, page_types):
    _, urls = page_types
    page.goto(live_server.url + urls["member directory with filters"])
    assert page.locator(".member-card").count() == 1
    assert page.locator("#directory-open").is_checked()


def test_no_page_requests_anything_from_another_host(live_server, page, page_types):
    own_host = urlparse(live_server.url).netloc
    foreign = []
    page.on(
        "request",
        lambda request: (
            foreign.append(request.url)
            if urlparse(request.url).netloc not in ("", own_host)
            else None
        ),
    )
    for url in page_types[1].values():
        page.goto(live_server.url + url)
        page.wait_for_load_state("networkidle")
    assert foreign == []


def test_video_loads_from_the_provider_only_after_a_click(live_server, page, every_page_type):
    page.goto(live_server.url + every_page_type["news post"].url)
    assert page.locator("iframe").count() == 0
    page.get_by_role("button", name="Vaizdo įrašas").click()
    assert page.locator("iframe[src*='youtube-nocookie.com/embed/abc123']").count() == 1


# Pages with a form that posts, whose CSRF token is the one (essential) cookie a visitor gets.
FORMS = {"member enquiry form"}


def test_anonymous_visitor_gets_no_cookie_until_opening_a_form(live_server, page, page_types):
    urls = page_types[1]
    for name, url in urls.items():
        if name not in FORMS:
            page.goto(live_server.url + url)
    assert page.context.cookies() == []
    page.goto(live_server.url + urls["member enquiry form"])
    assert [cookie["name"] for cookie in page.context.cookies()] == ["csrftoken"]


def test_directory_facets_start_closed_on_a_phone_unless_one_is_selected(
    live_server, browser, every_page_type
):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    directory = live_server.url + every_page_type["cluster index"].url
    phone.goto(directory)
    facets = phone.locator("details.directory-filters__facets")
    assert not facets.evaluate("details => details.open")
    assert phone.locator(".member-card").first.is_visible()
    phone.goto(directory + "?country=LT")
    assert facets.evaluate("details => details.open")
    context.close()


def test_directory_facets_are_open_on_a_desktop(live_server, page, every_page_type):
    page.goto(live_server.url + every_page_type["cluster index"].url)
    assert page.locator("details.directory-filters__facets").evaluate("details => details.open")


def test_no_page_type_scrolls_sideways_on_a_phone(live_server, browser, page_types):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    phone = context.new_page()
    too_wide = {}
    for name, url in page_types[1].items():
        phone.goto(live_server.url + url)
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            too_wide[name] = width
    context.close()
    assert too_wide == {}


@pytest.mark.parametrize("name", ["project page", "news post"])
def test_project_and_news_pages_print_without_navigation_or_footer(
    live_server, page, every_page_type, name
):
    page.emulate_media(media="print")
    page.goto(live_server.url + every_page_type[name].url)
    for hidden in [".main-nav", ".site-header .search-form", ".site-footer"]:
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator("h1").is_visible()
    assert page.locator(".funding-disclaimer").first.is_visible()
