import pytest
from wagtail.models import Site

from network.sites import add_network_home
from tests import factories
from tests.browser.conftest import describe

pytestmark = [
    pytest.mark.browser,
    # The live server reads from another thread, so the data must be committed.
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def lithuanian_site(base_tree):
    home = factories.HomePageFactory(parent=base_tree, title="Pradžia", slug="lt-home")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    project_index = factories.ProjectIndexPageFactory(parent=home, title="Projektai")
    project = factories.ProjectPageFactory(
        parent=project_index, title="Amatų klasterio kūrimas", acronym="Amatai"
    )
    factories.ProjectPartnerFactory(page=project, role="lead")
    factories.FundingDisclaimerFactory(programme=project.programme)
    return home, project


def test_lithuanian_home_page_has_no_axe_violations(
    live_server, page, axe_violations, lithuanian_site
):
    page.goto(f"{live_server.url}/lt/")
    assert page.locator("html").get_attribute("lang") == "lt"
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_project_page_has_no_axe_violations(live_server, page, axe_violations, lithuanian_site):
    _, project = lithuanian_site
    page.goto(live_server.url + project.url)
    assert page.locator("h1").inner_text() == "Amatų klasterio kūrimas"
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_axe_check_reports_an_image_without_alt_text(page, axe_violations):
    # Proves the checker itself can fail: a page with a known WCAG violation.
    page.set_content(
        '<html lang="en"><head><title>t</title></head><body><img src="x.png"></body></html>'
    )
    assert "image-alt" in {violation["id"] for violation in axe_violations(page)}


def test_open_data_page_has_no_axe_violations(live_server, page, axe_violations, lithuanian_site):
    page.goto(f"{live_server.url}/lt/open-data/")
    assert page.locator("h1").inner_text() == "Atvirieji duomenys"
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_network_home_has_no_axe_violations(
    live_server, page, axe_violations, lithuanian_site, settings
):
    # Chromium resolves every *.localhost name to this machine: the network's own host.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".localhost"]
    home, project = lithuanian_site
    news_index = factories.NewsIndexPageFactory(parent=home, title="Naujienos")
    factories.NewsPageFactory(parent=news_index, title="Amatų mugė")
    add_network_home("network.localhost", "Kaimo tinklas", ["lt"])
    page.goto(live_server.url.replace("localhost", "network.localhost") + "/lt/")
    assert page.locator("h1").inner_text() == "Kaimo tinklas"
    assert page.locator(".network-member a", has_text="Amatų mugė").count() == 1
    violations = axe_violations(page)
    assert violations == [], describe(violations)
