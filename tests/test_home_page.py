"""The home page's teaser of the member directory: the newest members and how many there are."""

import datetime

import lxml.html

from projects.models import FundingSettings
from tests import factories


def test_home_page_shows_the_newest_members_and_links_to_the_directory(client, site_tree):
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index)
    for name in ["Pirmas", "Antras", "Trečias", "Ketvirtas", "Penktas"]:
        factories.ClusterMemberPageFactory(parent=cluster, title=name)
    tree = lxml.html.fromstring(client.get(site_tree.home.url).content)
    section = tree.xpath("//section[@aria-labelledby='home-members-heading']")[0]
    names = [
        a.text_content() for a in section.xpath(".//article[contains(@class, 'member-card')]//h3/a")
    ]
    assert names == ["Penktas", "Ketvirtas", "Trečias", "Antras"]
    assert section.xpath(".//p[@class='more-link']/a/@href") == [
        site_tree.cluster_index.url + "#member-directory"
    ]


def test_home_page_counts_every_member_in_the_visitors_language(client, site_tree):
    cluster = factories.ClusterPageFactory(parent=site_tree.cluster_index)
    for _ in range(12):
        factories.ClusterMemberPageFactory(parent=cluster)
    tree = lxml.html.fromstring(client.get(site_tree.home.url).content)
    intro = tree.xpath("//section[@aria-labelledby='home-members-heading']/p")[0].text_content()
    # Lithuanian counts 10 to 20 with the genitive plural.
    assert intro.startswith("12 amatininkų ir smulkiųjų gamintojų")


def test_home_page_has_no_member_teaser_without_members(client, site_tree):
    tree = lxml.html.fromstring(client.get(site_tree.home.url).content)
    assert tree.xpath("//section[@aria-labelledby='home-members-heading']") == []


def test_featured_projects_come_first_then_the_most_recent(client, site_tree):
    def project(title, year, featured=False):
        return factories.ProjectPageFactory(
            parent=site_tree.project_index,
            title=title,
            start_date=datetime.date(year, 1, 1),
            end_date=datetime.date(year + 1, 1, 1),
            featured=featured,
        )

    project("Naujas", 2024)
    project("Senas, bet svarbus", 2014, featured=True)
    project("Vidutinis", 2019)
    tree = lxml.html.fromstring(client.get(site_tree.home.url).content)
    titles = tree.xpath("//section[@aria-labelledby='home-projects-heading']//h3/a/text()")
    assert titles == ["Senas, bet svarbus", "Naujas", "Vidutinis"]


def test_home_pages_first_picture_is_shown_once_beside_the_text(client, site_tree):
    image = factories.wagtail_factories.ImageFactory(description="Bendradarbiavimas per sieną")
    site_tree.home.body = [
        ("heading", {"text": "Kartu reiškia „kartu“", "level": "h2"}),
        ("paragraph", "<p>Vietos veiklos grupės telkia bendruomenes.</p>"),
        ("image", {"image": image, "alt_text": ""}),
    ]
    site_tree.home.save_revision().publish()
    tree = lxml.html.fromstring(client.get(site_tree.home.url).content)
    pictures = tree.xpath("//div[@class='stream']//img[@alt='Bendradarbiavimas per sieną']")
    assert len(pictures) == 1
    assert pictures[0].xpath("ancestor::div[@class='stream__feature']")


def test_home_pages_feature_picture_loads_at_once(client, site_tree):
    image = factories.wagtail_factories.ImageFactory(description="Bendradarbiavimas per sieną")
    site_tree.home.body = [("image", {"image": image, "alt_text": ""})]
    site_tree.home.save_revision().publish()
    tree = lxml.html.fromstring(client.get(site_tree.home.url).content)
    (picture,) = tree.xpath("//div[@class='stream__feature']//img")
    assert picture.get("loading") == "eager" and picture.get("fetchpriority") == "high"


def test_home_page_shows_the_sites_disclaimer_at_the_top_and_not_again_in_the_footer(
    client, site_tree
):
    disclaimer = factories.FundingDisclaimerFactory(statement="Svetainę finansuoja ES.")
    settings = FundingSettings.for_site(site_tree.site)
    settings.default_disclaimer = disclaimer
    settings.save()
    html = client.get(site_tree.home.url).content.decode()
    assert html.count("Svetainę finansuoja ES.") == 1
    assert html.index("Svetainę finansuoja ES.") < html.index("<footer")
    news_index = client.get(site_tree.news_index.url).content.decode()
    assert "Svetainę finansuoja ES." in news_index[news_index.index("<footer") :]


def test_a_home_titled_like_its_site_names_it_once_in_the_window_title(client, site_tree):
    site = site_tree.home.get_site()
    site.site_name = site_tree.home.title
    site.save()
    title = lxml.html.fromstring(client.get(site_tree.home.url).content).findtext(".//title")
    assert title == site_tree.home.title


def test_other_pages_name_the_site_after_their_own_title(client, site_tree):
    site = site_tree.home.get_site()
    site.site_name = "Tauragės VVG"
    site.save()
    page = site_tree.news_index
    title = lxml.html.fromstring(client.get(page.url).content).findtext(".//title")
    assert title == f"{page.title} – Tauragės VVG"
