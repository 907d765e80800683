"""Wagtail's API v2 at /api/v2/: read-only, the requested language's public pages, and never a
draft, a private page, an unconsented member or a contact detail."""

import pytest
from wagtail.models import PageViewRestriction

from tests import factories


def titles(client, query=""):
    response = client.get("/api/v2/pages/" + query)
    assert response.status_code == 200, response.content
    return {item["title"] for item in response.json()["items"]}


def not_served(client, url):
    """A 404, which Django's LocaleMiddleware answers, outside the language prefixes, with a
    redirect to the default language's prefix, where it is a 404 again."""
    response = client.get(url, follow=True)
    return response.status_code == 404 and b"Slaptas" not in response.content


@pytest.fixture
def english(site_tree, translate):
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    index = translate(site_tree.project_index, "en", {"Projektai": "Projects"})
    return index


def test_pages_of_the_requested_locale_only(client, site_tree, english):
    assert titles(client, "?locale=en") == {"Home", "Projects"}
    assert "Pradžia" in titles(client, "?locale=lt")
    assert "Home" not in titles(client, "?locale=lt")


def test_drafts_and_private_pages_are_not_listed(client, site_tree):
    factories.StandardPageFactory(parent=site_tree.home, title="Juodraštis", live=False)
    private = factories.StandardPageFactory(parent=site_tree.home, title="Slaptas")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    listed = titles(client)
    assert "Juodraštis" not in listed
    assert "Slaptas" not in listed
    assert not_served(client, f"/api/v2/pages/{private.pk}/")


def test_an_unconsented_member_is_not_listed(client, member_cluster):
    factories.ClusterMemberPageFactory(parent=member_cluster, title="Ona Audėja")
    hidden = factories.ClusterMemberPageFactory(
        parent=member_cluster, title="Jonas Be Sutikimo", consent=None
    )
    assert "Ona Audėja" in titles(client)
    assert "Jonas Be Sutikimo" not in titles(client)
    assert not_served(client, f"/api/v2/pages/{hidden.pk}/")


def test_a_members_contact_details_cannot_be_asked_for(client, member_cluster):
    member = factories.ClusterMemberPageFactory(
        parent=member_cluster, email="ona@example.org", phone="+370 600 00001"
    )
    detail = client.get(f"/api/v2/pages/{member.pk}/")
    assert "ona@example.org" not in detail.content.decode()
    assert "+370" not in detail.content.decode()
    asked = client.get("/api/v2/pages/?type=clusters.ClusterMemberPage&fields=email,phone")
    assert asked.status_code == 400


def test_another_site_cannot_be_asked_for(client, site_tree):
    assert client.get(f"/api/v2/pages/?site={site_tree.site.hostname}").status_code == 400


def test_the_api_is_read_only_and_sets_no_cookie(client, site_tree):
    response = client.get("/api/v2/pages/")
    assert not response.cookies
    assert client.post("/api/v2/pages/", {}).status_code == 405


def test_only_images_that_a_public_page_uses_are_listed(client, site_tree):
    used = factories.wagtail_factories.ImageFactory(title="Naudojama")
    factories.wagtail_factories.ImageFactory(title="Asmeninė nuotrauka")
    factories.StandardPageFactory(
        parent=site_tree.home,
        body=[("image", {"image": used, "alt_text": "Puodai"})],
    )
    response = client.get("/api/v2/images/")
    assert {item["title"] for item in response.json()["items"]} == {"Naudojama"}


@pytest.mark.parametrize("value", ["abc", "ąčę", "1.5", "-1"])
def test_finding_by_an_id_that_is_not_a_number_is_a_400(client, site_tree, value):
    for kind in ["pages", "images", "documents"]:
        assert client.get(f"/api/v2/{kind}/find/", {"id": value}).status_code == 400


def test_finding_a_page_by_its_id_redirects_to_it(client, site_tree):
    response = client.get("/api/v2/pages/find/", {"id": site_tree.home.pk})
    assert response.status_code == 302
    assert f"/api/v2/pages/{site_tree.home.pk}/" in response["Location"]
