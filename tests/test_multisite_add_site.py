"""`manage.py add_site`: an organisation's site, its home pages in its languages, settings and
groups in one command; the second run changes nothing."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
    Workflow,
)

from home.models import HomePage, SiteSettings
from tests.conftest import translate_now
from translations.models import TranslatorGroup
from translations.roles import REVIEWERS, setup_roles

LIELUPE = ["--hostname", "lielupe.localhost", "--name", "Lielupe", "--languages", "lv,en,ru"]


def add_site(committed, *arguments):
    output = io.StringIO()
    with committed(execute=True):  # wagtail-localize publishes translations on commit
        call_command("add_site", *arguments, stdout=output)
    return output.getvalue()


def snapshot():
    """Every row add_site may create or change, as comparable values."""
    return {
        "pages": sorted(Page.objects.values_list("pk", "live", "title", "locale_id")),
        "sites": sorted(Site.objects.values_list("pk", "hostname", "port", "root_page_id")),
        "groups": sorted(Group.objects.values_list("pk", "name")),
        "group permissions": sorted(Group.permissions.through.objects.values_list("pk")),
        "page permissions": sorted(GroupPagePermission.objects.values_list("pk")),
        "site permissions": sorted(GroupSitePermission.objects.values_list("pk")),
        "translators": sorted(TranslatorGroup.objects.values_list("pk", "locale_id")),
        "settings": sorted(SiteSettings.objects.values_list("pk", "footer_text_id")),
        "workflows": sorted(Workflow.objects.values_list("pk", "name")),
    }


def test_add_site_creates_the_site_its_home_pages_settings_and_groups(
    client, site_tree, django_capture_on_commit_callbacks, settings
):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".localhost"]
    add_site(django_capture_on_commit_callbacks, *LIELUPE)
    site = Site.objects.get(hostname="lielupe.localhost")
    homes = HomePage.objects.live().filter(translation_key=site.root_page.translation_key)
    assert sorted(homes.values_list("locale__language_code", flat=True)) == ["en", "lv", "ru"]
    assert SiteSettings.for_site(site).footer_text.organisation_name == "Lielupe"
    assert {group.name for group in Group.objects.filter(name__startswith="Lielupe:")} == {
        "Lielupe: editors",
        "Lielupe: translation reviewers",
        "Lielupe: translators – English",
        "Lielupe: translators – русский",
    }
    for code in ["lv", "en", "ru"]:
        response = client.get(f"/{code}/", HTTP_HOST="lielupe.localhost")
        assert response.status_code == 200, code
        assert "Lielupe" in response.text
    assert client.get("/lt/", HTTP_HOST="lielupe.localhost").status_code == 404


def test_add_site_twice_changes_nothing_the_second_time(
    site_tree, django_capture_on_commit_callbacks
):
    add_site(django_capture_on_commit_callbacks, *LIELUPE)
    before = snapshot()
    output = add_site(django_capture_on_commit_callbacks, *LIELUPE)
    assert snapshot() == before
    assert "nothing to change" in output


def test_add_site_refuses_a_language_the_install_does_not_have(site_tree):
    with pytest.raises(CommandError, match="Languages must be some of"):
        call_command("add_site", "--hostname", "x.localhost", "--name", "X", "--languages", "lv,xx")
    assert not Site.objects.filter(hostname="x.localhost").exists()


def review_task(name):
    return GroupApprovalTask.objects.get(name=name)


def test_taking_over_the_first_site_keeps_its_translation_reviewers(
    site_tree, django_capture_on_commit_callbacks
):
    translate_now(site_tree.home, "lv")
    setup_roles()  # the Latvian home gets the install's "Translation review"
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Tauragė"
    site.save()
    add_site(
        django_capture_on_commit_callbacks,
        *["--hostname", site.hostname, "--port", str(site.port)],
        *["--name", "Tauragė", "--languages", "lt,lv"],
    )
    approvers = {group.name for group in review_task("Tauragė: translation review").groups.all()}
    assert approvers == {"Tauragė: translation reviewers", REVIEWERS}


def test_a_new_sites_translations_are_approved_by_its_own_reviewers_only(
    site_tree, django_capture_on_commit_callbacks
):
    setup_roles()
    add_site(django_capture_on_commit_callbacks, *LIELUPE)
    approvers = {group.name for group in review_task("Lielupe: translation review").groups.all()}
    assert approvers == {"Lielupe: translation reviewers"}
