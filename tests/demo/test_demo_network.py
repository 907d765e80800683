"""The network demo (`load_network_demo`, after `load_demo`): the Tauragė LAG and the Lielupe
rural partnership on one install, each on its own host name with its own home, news, events
and people; a second run changes nothing."""

import icalendar
import lxml.html
import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.urls import reverse
from wagtail.models import GroupApprovalTask, GroupPagePermission, Locale, Page, Site

from news.models import NewsPage
from translations.roles import REVIEWERS

pytestmark = pytest.mark.django_db

# As a browser reaches `make run`: the port is part of each site's address.
TAURAGE = {"HTTP_HOST": "taurage.localhost:8000", "SERVER_PORT": "8000"}
LIELUPE = {"HTTP_HOST": "lielupe.localhost:8000", "SERVER_PORT": "8000"}
NETWORK = {"HTTP_HOST": "network.localhost:8000", "SERVER_PORT": "8000"}


def snapshot():
    return (
        sorted(Page.objects.values_list("pk", "latest_revision_id", "live")),
        sorted(Site.objects.values_list("pk", "hostname", "root_page_id")),
        sorted(Group.objects.values_list("pk", "name")),
        GroupPagePermission.objects.count(),
    )


@pytest.fixture(scope="module")
def network(demo, django_db_blocker):
    """The network demo on top of the package's demo, twice, in a savepoint rolled back at the
    end of the module."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_network_demo", force=True, verbosity=0)
            first = snapshot()
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_network_demo", force=True, verbosity=0)
            yield first, snapshot()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def test_second_load_network_demo_changes_nothing(network):
    first, second = network
    assert second == first


def test_each_organisation_answers_on_its_own_host(client, network, settings):
    settings.ALLOWED_HOSTS = ["*"]
    lielupe = client.get("/lv/", **LIELUPE)
    assert lielupe.status_code == 200
    assert "Lauku partnerība “Lielupe”" in lielupe.text
    assert "Biedrība “Lauku partnerība Lielupe”" in lielupe.text  # its footer
    for host in [TAURAGE, {"HTTP_HOST": "127.0.0.1:8000", "SERVER_PORT": "8000"}]:
        taurage = client.get("/lt/", **host)
        assert taurage.status_code == 200
        assert "Lielupe" not in taurage.text.split("<footer")[1]
        header = lxml.html.fromstring(taurage.content).find_class("site-name")[0]
        assert header.text_content().strip() == "Tauragės rajono vietos veiklos grupė"
    assert client.get("/lt/", **LIELUPE).status_code == 404  # Lielupe has no Lithuanian


def test_lielupes_webinars_are_in_its_own_calendar(client, network, settings):
    settings.ALLOWED_HOSTS = ["*"]
    response = client.get("/lv/feeds/events.ics", **LIELUPE)
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    summaries = sorted(str(event["SUMMARY"]) for event in calendar.walk("VEVENT"))
    assert summaries == [
        "Vebinārs: kā parādīt tūrisma iespējas reģionā",
        "Vebinārs: tūrisms un tā veicināšanas pasākumi",
    ]


def test_no_post_of_lielupe_is_copied_into_taurages_tree(network):
    lielupe = Site.objects.get(hostname="lielupe.localhost").root_page
    taurage = Site.objects.get(is_default_site=True).root_page
    lielupe_slugs = set(NewsPage.objects.descendant_of(lielupe).values_list("slug", flat=True))
    taurage_trees = Page.objects.filter(translation_key=taurage.translation_key)
    in_taurage = NewsPage.objects.none()
    for home in taurage_trees:
        in_taurage |= NewsPage.objects.descendant_of(home)
    assert lielupe_slugs
    assert not lielupe_slugs & set(in_taurage.values_list("slug", flat=True))


def test_each_organisation_has_its_own_editor(client, network, django_user_model):
    lielupe_home = Site.objects.get(hostname="lielupe.localhost").root_page
    taurage_home = Site.objects.get(is_default_site=True).root_page
    client.force_login(django_user_model.objects.get(username="editor-lielupe"))
    assert client.get(reverse("wagtailadmin_pages:edit", args=[lielupe_home.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[taurage_home.pk])).status_code != 200
    client.force_login(django_user_model.objects.get(username="editor-taurage"))
    assert client.get(reverse("wagtailadmin_pages:edit", args=[taurage_home.pk])).status_code == 200


def test_network_home_lists_both_organisations_with_links_to_their_sites(client, network, settings):
    settings.ALLOWED_HOSTS = ["*"]
    response = client.get("/en/", **NETWORK)
    assert response.status_code == 200
    assert "Rural partnerships of the Baltic network" in response.text
    assert 'href="http://lielupe.localhost:8000/en/' in response.text
    taurage = Site.objects.get(is_default_site=True)
    assert f'href="{taurage.root_url}/en/' in response.text
    latvian = client.get("/lv/", **NETWORK)
    assert "Baltijas tīkla lauku partnerības" in latvian.text
    assert "Vebinārs: tūrisms un tā veicināšanas pasākumi" in latvian.text
    lithuanian = lxml.html.fromstring(client.get("/lt/", **NETWORK).content)
    names = [a.text_content() for a in lithuanian.xpath("//article//h3/a")]
    assert "Tauragės rajono vietos veiklos grupė" in names  # its footer's name, not its home's


def test_the_demo_reviewer_still_approves_taurages_translations(network):
    # add_site gave Tauragė its own review workflow; the install's reviewers keep approving it.
    root = Site.objects.get(is_default_site=True).root_page
    latvian_home = root.get_translation(Locale.objects.get(language_code="lv"))
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow=latvian_home.get_workflow())
    assert task.groups.filter(user__username="reviewer", name=REVIEWERS).exists()
