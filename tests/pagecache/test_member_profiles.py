"""Member profiles stay cacheable for visitors although each offers an enquiry form (the form
has an address of its own), and a withdrawn consent takes a cached profile away at once."""

import pytest
from django.utils import timezone

from tests import factories
from tests.members_records import record_withdrawal
from tests.pagecache.conftest import cache_state, visit, warm

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def member(member_cluster, craft_sector):
    return factories.ClusterMemberPageFactory(
        parent=member_cluster,
        title="Ona Puodžiūtė",
        email="ona@example.org",
        craft_sectors=[craft_sector],
    )


def test_profile_sets_no_cookie_and_is_served_from_the_cache_on_the_second_visit(client, member):
    first, _queries = visit(client, member.url)
    second, queries = visit(client, member.url)
    assert first.cookies == {}
    assert "Vary" not in first or first["Vary"].lower() == "cookie"
    assert (cache_state(first), cache_state(second), queries) == ("miss", "hit", 0)
    assert member.url + "contact/" in first.text  # it links to the form


def test_enquiry_form_is_never_stored_in_the_cache(client, member):
    for _visit in range(2):
        response = client.get(member.url + "contact/")
        assert response.status_code == 200
        assert cache_state(response) is None
        assert "no-store" in response["Cache-Control"]


def test_withdrawal_takes_the_cached_profile_away_from_visitors(
    client, admin_client, member, django_capture_on_commit_callbacks
):
    warm(client, member.url)
    with django_capture_on_commit_callbacks(execute=True):
        record_withdrawal(admin_client, member.consents.get(), timezone.localdate())
    response = client.get(member.url)
    assert (response.status_code, cache_state(response)) == (404, None)
