"""Every public page type, in Chromium: no axe-core violations, nothing loaded from elsewhere."""

from urllib.parse import urlparse

import pytest
from wagtail.models import Site

from tests import factories
from tests.browser.conftest import describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def every_page_type(base_tree):
    """A small Lithuanian site with one page of each type; returns {name: url}."""
    home = factories.HomePageFactory(parent=base_tree, title="Pradžia", slug="lt-home")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    news_index = factories.NewsIndexPageFactory(parent=home, title="Naujienos")
    project_index = factories.ProjectIndexPageFactory(parent=home, title="Projektai")
    cluster_index = factories.ClusterIndexPageFactory(parent=home, title="Klasteriai")
    project = factories.ProjectPageFactory(parent=project_index, title="Amatų klasteris")
    factories.ProjectPartnerFactory(page=project, role="lead")
    factories.FundingDisclaimerFactory(programme=project.programme)
    news = factories.NewsPageFactory(
        parent=news_index,
        title="Mokymai amatininkams",
        body=[
            ("paragraph", "<p>Mokymai vyko Tauragėje.</p>"),
            ("quote", {"quote": "Amatai jungia.", "attribution": "Dalyvė"}),
            ("video", {"url": "https://www.youtube.com/watch?v=abc123", "title": "Vaizdo įrašas"}),
        ],
    )
    factories.NewsPageProjectFactory(page=news, project=project)
    cluster = factories.ClusterPageFactory(parent=cluster_index, title="Amatų klasteris")
    sector = factories.CraftSectorFactory(name="Keramika")
    member = factories.ClusterMemberPageFactory(
        parent=cluster, title="Ona Puodžiūtė", email="ona@example.org", craft_sectors=[sector]
    )
    standard = factories.StandardPageFactory(parent=home, title="Apie mus")
    return {
        "home": home.url,
        "news index": news_index.url,
        "news post": news.url,
        "project index": project_index.url,
        "project page": project.url,
        "cluster index": cluster_index.url,
        "cluster page": cluster.url,
        "member profile": member.url,
        "standard page": standard.url,
        "search results": "/lt/search/?q=amat",
        "not found": "/lt/no-such-page/",
    }


def test_every_page_type_has_no_axe_violations(live_server, page, axe_violations, every_page_type):
    failures = {}
    for name, url in every_page_type.items():
        page.goto(live_server.url + url)
        assert page.locator("h1").count() == 1, name
        violations = axe_violations(page)
        if violations:
            failures[name] = describe(violations)
    assert failures == {}


def test_no_page_requests_anything_from_another_host(live_server, page, every_page_type):
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
    for url in every_page_type.values():
        page.goto(live_server.url + url)
        page.wait_for_load_state("networkidle")
    assert foreign == []


def test_video_loads_from_the_provider_only_after_a_click(live_server, page, every_page_type):
    page.goto(live_server.url + every_page_type["news post"])
    assert page.locator("iframe").count() == 0
    page.get_by_role("button", name="Vaizdo įrašas").click()
    assert page.locator("iframe[src*='youtube-nocookie.com/embed/abc123']").count() == 1


def test_anonymous_visitor_gets_no_cookie(live_server, page, every_page_type):
    for url in every_page_type.values():
        page.goto(live_server.url + url)
    assert page.context.cookies() == []
