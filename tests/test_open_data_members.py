"""members.json: published profiles that a current consent covers, and no contact detail a
member did not agree to publish; never an email address."""

import json

import pytest

from tests import factories
from tests.test_open_data import queries_when_rebuilt


@pytest.fixture
def members(member_cluster):
    consented = factories.ClusterMemberPageFactory(
        parent=member_cluster,
        title="Ona Audėja",
        phone="+370 600 00001",
        email="ona@example.org",
        website="https://ona.example.org/",
    )
    unconsented = factories.ClusterMemberPageFactory(
        parent=member_cluster, title="Jonas Be Sutikimo", consent=None
    )
    without_contact = factories.ClusterMemberPageFactory(
        parent=member_cluster,
        title="Petras Kalvis",
        phone="+370 600 00002",
        consent__covers_contact_details=False,
    )
    draft = factories.ClusterMemberPageFactory(
        parent=member_cluster, title="Juodraštis", live=False
    )
    return consented, unconsented, without_contact, draft


def rows(client):
    response = client.get("/open-data/members.json")
    assert response.status_code == 200
    return {row["name"]: row for row in json.loads(response.content)}


def test_only_published_consented_profiles_are_listed(client, members):
    assert sorted(rows(client)) == ["Ona Audėja", "Petras Kalvis"]


def test_a_withdrawn_consent_takes_the_profile_out_at_once(client, members):
    consented = members[0]
    rows(client)
    consent = consented.consents.get()
    consent.withdrawn_at = consent.given_at
    consent.save()
    assert "Ona Audėja" not in rows(client)


def test_contact_details_only_when_the_consent_covers_them(client, members):
    listed = rows(client)
    assert listed["Ona Audėja"]["phone"] == "+370 600 00001"
    assert listed["Ona Audėja"]["website"] == "https://ona.example.org/"
    assert listed["Petras Kalvis"]["phone"] == ""


def test_no_email_address_is_ever_published(client, members):
    body = client.get("/open-data/members.json").content.decode()
    assert "ona@example.org" not in body
    assert rows(client)["Ona Audėja"]["enquiry_url"].endswith("/contact/")


def test_members_json_carries_the_profile_facts(client, members, craft_sector):
    consented = members[0]
    consented.craft_sectors.set([craft_sector])
    consented.save_revision().publish()
    row = rows(client)["Ona Audėja"]
    assert row["craft_sectors"] == ["Keramika"]
    assert row["country"] == "LT"
    assert row["description"] == "Weaves linen towels with traditional patterns."
    assert row["language"] == "lt"


def build_members(cluster, count):
    for _number in range(count):
        factories.ClusterMemberPageFactory(parent=cluster, phone="+370 600 00003")


def test_members_json_costs_the_same_queries_for_3_and_30_members(client, member_cluster):
    # The site lookup, homes and root locale, the profiles with their regions, their sectors,
    # the consents, the clusters, the vocabularies: whatever the number of members.
    build_members(member_cluster, 3)
    few = queries_when_rebuilt(client, "/open-data/members.json")
    build_members(member_cluster, 27)
    assert len(rows(client)) == 30
    assert queries_when_rebuilt(client, "/open-data/members.json") == few
