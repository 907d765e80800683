"""The network home (network/): the member organisations' sites, each with its latest news
and projects in the visitor's language, linking to the site that owns them; never another
site's page under a member's name; a flat query count."""

import lxml.html
import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, PageViewRestriction, Site

from home.models import SiteSettings, StandardPage
from network.models import NetworkHomePage
from news.models import NewsPage
from tests import factories
from tests.conftest import translate_now
from tests.multisite import LIELUPE
from tests.network_home import NETWORK, ON_NETWORK, build_network_home
from tests.queries import count_queries


@pytest.fixture
def network(two_sites, django_capture_on_commit_callbacks):
    build_network_home(django_capture_on_commit_callbacks)
    return two_sites


def members(client, url="/lt/"):
    """{member name: (its link, [(title, link) of the pages listed under it])}."""
    response = client.get(url, **ON_NETWORK)
    assert response.status_code == 200
    tree = lxml.html.fromstring(response.content)
    found = {}
    for article in tree.xpath("//article[contains(@class, 'network-member')]"):
        name = article.xpath(".//h3/a")[0]
        pages = [(a.text_content().strip(), a.get("href")) for a in article.xpath(".//ul//a")]
        found[name.text_content().strip()] = (name.get("href"), pages)
    return found


def test_network_home_lists_every_member_organisation_but_itself(client, network):
    listed = members(client)
    # Tauragė by its footer's organisation name; Lielupe's is Latvian only: its site's name
    assert set(listed) == {"Tauragės VVG", "Lielupe"}
    assert listed["Lielupe"][0] == f"http://{LIELUPE}/lt/"


def test_member_news_links_to_the_owning_sites_host(client, network):
    listed = members(client)
    assert ("Lielupės mokymai", f"http://{LIELUPE}/lt/jaunumi/lielupes-vebinars/") in listed[
        "Lielupe"
    ][1]
    assert ("Tauragės mokymai", network.a_post.get_full_url()) in listed["Tauragės VVG"][1]


def test_a_page_of_one_site_is_never_listed_under_another(client, network):
    listed = members(client)
    assert all("Tauragės" not in title for title, _link in listed["Lielupe"][1])
    assert all("Lielupės" not in title for title, _link in listed["Tauragės VVG"][1])


def test_member_projects_are_listed_with_the_owning_sites_address(client, network):
    project = factories.ProjectPageFactory(parent=network.a.project_index, title="Kaimo kelias")
    assert ("Kaimo kelias", project.get_full_url()) in members(client)["Tauragės VVG"][1]


def test_only_live_public_pages_are_listed(client, network):
    draft = factories.NewsPageFactory(parent=network.a.news_index, title="Juodraštis")
    draft.unpublish()
    private = factories.NewsPageFactory(parent=network.a.news_index, title="Tik nariams")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    titles = [title for title, _link in members(client)["Tauragės VVG"][1]]
    assert "Tauragės mokymai" in titles
    assert "Juodraštis" not in titles
    assert "Tik nariams" not in titles


def test_a_member_is_named_as_its_footer_names_it_in_the_visitors_language(client, network):
    footer = SiteSettings.for_site(network.b.site).footer_text
    translate_now(footer, "lt", {"Lauku partnerība “Lielupe”": "Kaimo partnerystė „Lielupė“"})
    tree = lxml.html.fromstring(client.get("/lt/", **ON_NETWORK).content)
    [name] = tree.xpath("//article//h3/a[text()='Kaimo partnerystė „Lielupė“']")
    assert name.get("lang") is None


def test_an_untranslated_member_name_says_its_language(client, network):
    tree = lxml.html.fromstring(client.get("/lt/", **ON_NETWORK).content)
    [name] = tree.xpath("//article//h3/a[text()='Lielupe']")
    assert name.get("lang") == "lv"


def test_members_are_shown_in_the_visitors_language(client, network):
    listed = members(client, "/lv/")
    lielupe_posts = listed["Lauku partnerība “Lielupe”"][1]
    assert ("Lielupes vebinārs", f"http://{LIELUPE}/lv/jaunumi/lielupes-vebinars/") in lielupe_posts


def test_a_member_without_the_visitors_language_is_named_in_its_own(client, network):
    Site.objects.filter(is_default_site=True).update(site_name="Tauragės VVG")
    response = client.get("/lv/", **ON_NETWORK)
    tree = lxml.html.fromstring(response.content)
    name = tree.xpath("//article//h3/a[text()='Tauragės VVG']")[0]
    assert name.get("lang") == "lt"
    assert name.get("href") == "http://localhost/"
    assert members(client, "/lv/")["Tauragės VVG"][1] == []  # no Latvian pages to list


def test_at_most_the_pages_chosen_per_member_are_listed(client, network):
    for number in range(5):
        factories.NewsPageFactory(parent=network.a.news_index, title=f"Naujiena {number}")
    listed = members(client)["Tauragės VVG"][1]
    assert len([title for title, _link in listed if title.startswith("Naujiena")]) == 3


def test_the_network_home_has_one_h1_and_member_headings_below_h2(client, network):
    tree = lxml.html.fromstring(client.get("/lt/", **ON_NETWORK).content)
    assert len(tree.xpath("//h1")) == 1
    assert tree.xpath("//h2[@id='network-members-heading']")
    assert len(tree.xpath("//section[@aria-labelledby='network-members-heading']//li//h3")) == 2


def test_query_count_is_flat_in_members_and_posts(client, network, locales):
    client.defaults["HTTP_HOST"] = NETWORK
    few = count_queries(client, "/lt/")
    for number in range(27):
        factories.NewsPageFactory(parent=network.a.news_index, title=f"Naujiena {number}")
    for number in range(2):  # two more member sites, with a post each
        home = factories.HomePageFactory(
            parent=Page.get_first_root_node(), title=f"Narys {number}", slug=f"narys-{number}"
        )
        Site.objects.create(hostname=f"narys{number}.localhost", port=80, root_page=home)
        news = factories.NewsIndexPageFactory(parent=home, title="Naujienos", slug="naujienos")
        factories.NewsPageFactory(parent=news, title=f"Nario {number} naujiena")
    assert len(members(client)) == 4
    # Seven with 2 members and 3 posts as with 4 members and 30: the frame's three, then the
    # members' four (sites, their home pages in the language, news, projects).
    assert count_queries(client, "/lt/") == few
    assert few <= 15  # the budget of a public page


def test_add_network_home_twice_changes_nothing(network, django_capture_on_commit_callbacks):
    report = build_network_home(django_capture_on_commit_callbacks)
    assert report.changes == []
    assert NetworkHomePage.objects.count() == 2  # Lithuanian and Latvian


def test_add_network_home_refuses_an_organisations_host(network):
    with pytest.raises(CommandError, match="not a network home"):
        call_command("add_network_home", hostname=LIELUPE, name="Tinklas", languages="lv", port=80)


def test_add_network_home_refuses_an_unknown_language(db):
    with pytest.raises(CommandError, match="Languages must be"):
        call_command("add_network_home", hostname=NETWORK, name="Tinklas", languages="xx")


def test_the_network_site_can_have_its_accessibility_statement(client, network, admin_client):
    home = NetworkHomePage.objects.get(locale__language_code="lt")
    assert StandardPage.can_create_at(home)
    assert not NewsPage.can_create_at(home)
    response = admin_client.get(f"/admin/pages/add/home/standardpage/{home.pk}/")
    assert response.status_code == 200
