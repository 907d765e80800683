"""Each page carries one schema.org JSON-LD block in its head, describing what the page is."""

import datetime
import json
import re
from decimal import Decimal

import pytest

from home.models import SiteSettings
from tests import factories

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(response):
    """The page's schema.org nodes by type; asserts there is exactly one block, in the head."""
    assert response.status_code == 200
    html = response.content.decode()
    blocks = SCRIPT.findall(html)
    assert len(blocks) == 1
    assert html.index('type="application/ld+json"') < html.index("</head>")
    data = json.loads(blocks[0])
    assert data["@context"] == "https://schema.org"
    return {node["@type"]: node for node in data["@graph"]}


@pytest.fixture
def project(site_tree):
    programme = factories.FundingProgrammeFactory(
        name="Latvijas–Krievijas pārrobežu sadarbības programma 2014–2020",
        short_name="LV–RU 2014–2020",
        fund="eni",
        website="https://latruscbc.eu/",
    )
    page = factories.ProjectPageFactory(
        parent=site_tree.project_index,
        title="Amatai be sienų",
        slug="amatai",
        acronym="Crafts",
        project_number="LV-RU-018",
        programme=programme,
        total_budget=Decimal("799740.50"),
        eu_contribution=Decimal("719766.45"),
    )
    latvian = factories.OrganisationFactory(name="Latgales plānošanas reģions", country="LV")
    russian = factories.OrganisationFactory(name="Porkhov district administration", country="RU")
    factories.ProjectPartnerFactory(page=page, organisation=latvian, role="lead")
    factories.ProjectPartnerFactory(page=page, organisation=russian, role="partner")
    page.save_revision().publish()
    return page


def test_project_page_describes_the_grant_its_funder_and_amount(client, project):
    node = json_ld(client.get(project.url))["Project"]
    assert node["name"] == "Amatai be sienų"
    assert node["alternateName"] == "Crafts"
    grant = node["funding"]
    assert grant["@type"] == "MonetaryGrant"
    assert grant["funder"]["@type"] == "Organization"
    assert grant["funder"]["name"] == "Latvijas–Krievijas pārrobežu sadarbības programma 2014–2020"
    assert grant["amount"] == {"@type": "MonetaryAmount", "currency": "EUR", "value": 719766.45}


def test_project_page_names_its_partners_with_their_countries(client, project):
    members = json_ld(client.get(project.url))["Project"]["member"]
    assert [(m["@type"], m["name"], m["address"]["addressCountry"]) for m in members] == [
        ("Organization", "Latgales plānošanas reģions", "LV"),
        ("Organization", "Porkhov district administration", "RU"),
    ]


def test_project_without_a_known_eu_amount_has_no_grant_amount(client, site_tree):
    page = factories.ProjectPageFactory(
        parent=site_tree.project_index, eu_contribution=None, maximum_rate=Decimal("85")
    )
    grant = json_ld(client.get(page.url))["Project"]["funding"]
    assert "amount" not in grant


@pytest.fixture
def post(site_tree, project):
    image = factories.wagtail_factories.ImageFactory()
    page = factories.NewsPageFactory(
        parent=site_tree.news_index,
        title="Audimo mokymai Tauragėje",
        date=datetime.date(2019, 5, 3),
        lead_image=image,
    )
    factories.NewsPageProjectFactory(page=page, project=project)
    return page


def test_news_post_is_a_news_article_about_its_project(client, post, project):
    node = json_ld(client.get(post.url))["NewsArticle"]
    assert node["headline"] == "Audimo mokymai Tauragėje"
    assert node["datePublished"] == "2019-05-03"
    assert node["inLanguage"] == "lt"
    assert node["image"].startswith("http://testserver/")
    assert node["about"] == [
        {
            "@type": "Project",
            "name": "Amatai be sienų",
            "alternateName": "Crafts",
            "url": project.get_full_url(),
        }
    ]


def test_translated_news_post_is_in_its_language_and_about_the_translated_project(
    client, site_tree, post, project, translate
):
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    translate(site_tree.news_index, "en", {"Naujienos": "News", "news": "news"})
    translate(site_tree.project_index, "en", {"Projektai": "Projects", "projects": "projects"})
    english_project = translate(project, "en", {"Amatai be sienų": "Crafts without borders"})
    english_post = translate(post, "en", {"Audimo mokymai Tauragėje": "Weaving in Tauragė"})
    node = json_ld(client.get(english_post.url))["NewsArticle"]
    assert node["inLanguage"] == "en"
    assert node["headline"] == "Weaving in Tauragė"
    assert [about["name"] for about in node["about"]] == ["Crafts without borders"]
    assert node["about"][0]["url"] == english_project.get_full_url()


def test_pages_below_home_carry_their_breadcrumb_trail(client, site_tree, post):
    trail = json_ld(client.get(post.url))["BreadcrumbList"]["itemListElement"]
    assert [(item["position"], item["name"]) for item in trail] == [
        (1, "Pradžia"),
        (2, "Naujienos"),
        (3, "Audimo mokymai Tauragėje"),
    ]
    assert trail[0]["item"] == site_tree.home.get_full_url()
    assert trail[2]["item"] == post.get_full_url()


def test_home_page_describes_the_site_owner_and_has_no_breadcrumb(client, site_tree):
    footer_text = factories.FooterTextFactory(
        organisation_name="Tauragės rajono vietos veiklos grupė",
        address="Dariaus ir Girėno g. 1\nTauragė",
    )
    SiteSettings.objects.update_or_create(
        site=site_tree.site,
        defaults={
            "footer_text": footer_text,
            "email": "info@example.lt",
            "facebook_url": "https://www.facebook.com/example",
        },
    )
    nodes = json_ld(client.get("/lt/"))
    assert "BreadcrumbList" not in nodes
    owner = nodes["Organization"]
    assert owner["name"] == "Tauragės rajono vietos veiklos grupė"
    assert owner["email"] == "info@example.lt"
    assert owner["address"]["streetAddress"] == "Dariaus ir Girėno g. 1, Tauragė"
    assert owner["sameAs"] == ["https://www.facebook.com/example"]


@pytest.fixture
def cluster(site_tree):
    return factories.ClusterPageFactory(parent=site_tree.cluster_index, title="Amatų klasteris")


@pytest.mark.parametrize(
    ("member_type", "schema_type"), [("person", "Person"), ("business", "LocalBusiness")]
)
def test_member_is_a_person_or_business_member_of_the_cluster(
    client, cluster, member_type, schema_type
):
    member = factories.ClusterMemberPageFactory(
        parent=cluster, title="Rasa Audėja", member_type=member_type, municipality="Tauragė"
    )
    nodes = json_ld(client.get(member.url))
    node = nodes[schema_type]
    assert node["name"] == "Rasa Audėja"
    assert node["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Tauragė",
        "addressCountry": "LT",
    }
    assert node["memberOf"] == {
        "@type": "Organization",
        "name": "Amatų klasteris",
        "url": cluster.get_full_url(),
    }
    assert "email" not in node and "telephone" not in node
    assert [item["name"] for item in nodes["BreadcrumbList"]["itemListElement"]][-2:] == [
        "Amatų klasteris",
        "Rasa Audėja",
    ]


def test_markup_in_a_title_cannot_end_the_script_element(client, site_tree):
    title = "</script><script>alert(1)</script> & <!-- mugė"
    page = factories.StandardPageFactory(parent=site_tree.home, title=title)
    html = client.get(page.url).content.decode()
    (block,) = SCRIPT.findall(html)
    assert "<" not in block and ">" not in block
    trail = json.loads(block)["@graph"][0]["itemListElement"]
    assert trail[-1]["name"] == title
