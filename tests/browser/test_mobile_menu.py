"""On a phone the menu folds behind a button that works by keyboard; on a desktop it is open."""

import pytest
from wagtail.models import Site

from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site_with_menu(base_tree):
    home = factories.HomePageFactory(parent=base_tree, title="Pradžia", slug="lt-home")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    factories.NewsIndexPageFactory(parent=home, title="Naujienos", show_in_menus=True)
    return home


def test_phone_menu_opens_by_keyboard_and_escape_closes_it(live_server, browser, site_with_menu):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server.url + site_with_menu.url)
    button = page.locator(".menu-toggle")
    link = page.locator(".main-nav a").first
    assert button.is_visible() and button.get_attribute("aria-expanded") == "false"
    assert not link.is_visible()

    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert link.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('#site-menu a')")

    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.classList.contains('menu-toggle')")
    assert not link.is_visible()
    context.close()


def test_desktop_shows_the_links_and_no_button(live_server, page, site_with_menu):
    page.goto(live_server.url + site_with_menu.url)
    assert not page.locator(".menu-toggle").is_visible()
    assert page.locator(".main-nav a").first.is_visible()
