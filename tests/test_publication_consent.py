"""A member profile is published only while a recorded consent covers what it shows, however
it is published; the editor is told why, and loses nothing."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import GroupApprovalTask, PageLogEntry, Workflow, WorkflowTask

from clusters.models import ClusterMemberPage
from tests import factories
from tests.lithuanian import lt
from tests.members_records import (
    consent,
    consent_form,
    draft_profile,
    page_form_data,
    publish_in_editor,
    record_withdrawal,
    speaks,
)

NO_CONSENT = "cannot be published: no current consent to publication is recorded"


def reload(page):
    return ClusterMemberPage.objects.get(pk=page.pk)


def messages_after(client, response):
    """The text of the admin page a redirect leads to (where its messages are shown)."""
    assert response.status_code == 302, response.content.decode()[:500]
    return client.get(response.url).content.decode()


def test_profile_without_consent_is_not_published_and_the_editor_reads_why(
    client, english_admin, member_cluster, craft_sector
):
    member = draft_profile(member_cluster, craft_sector)
    client.force_login(english_admin)
    response = publish_in_editor(client, member)
    assert response.url == reverse("wagtailadmin_pages:edit", args=[member.pk])
    assert NO_CONSENT in messages_after(client, response)
    assert not reload(member).live


def test_profile_editor_says_before_publishing_that_no_consent_is_recorded(
    client, english_admin, member_cluster, craft_sector
):
    member = draft_profile(member_cluster, craft_sector)
    client.force_login(english_admin)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[member.pk])).text
    assert NO_CONSENT in html
    assert f"/admin/clusters/publicationconsent/create/?member={member.pk}" in html


def test_refused_publish_keeps_the_editors_changes_as_a_draft(
    client, english_admin, member_cluster, craft_sector
):
    member = draft_profile(member_cluster, craft_sector)
    client.force_login(english_admin)
    publish_in_editor(client, member, intro="Juodoji keramika iš Tauragės.")
    assert reload(member).get_latest_revision_as_object().intro == "Juodoji keramika iš Tauragės."


def test_profile_with_a_current_consent_is_published_from_the_editor(
    client, english_admin, member_cluster, craft_sector
):
    member = draft_profile(member_cluster, craft_sector)
    consent(member)
    client.force_login(english_admin)
    publish_in_editor(client, member)
    assert reload(member).live


def test_withdrawn_consent_does_not_let_a_profile_be_published(
    client, english_admin, member_cluster, craft_sector
):
    member = draft_profile(member_cluster, craft_sector)
    consent(member, withdrawn_at=datetime.date(2024, 6, 1))
    client.force_login(english_admin)
    publish_in_editor(client, member)
    assert not reload(member).live


def test_consent_without_contact_details_refuses_a_profile_that_lists_a_phone(
    client, english_admin, member_cluster, craft_sector
):
    member = draft_profile(member_cluster, craft_sector, phone="+370 600 00 001")
    consent(member, covers_contact_details=False)
    client.force_login(english_admin)
    response = publish_in_editor(client, member)
    assert "does not cover contact details" in messages_after(client, response)
    assert not reload(member).live


def test_lithuanian_editor_reads_why_in_lithuanian(
    client, admin_user, member_cluster, craft_sector
):
    speaks(admin_user, "lt")
    member = draft_profile(member_cluster, craft_sector)
    client.force_login(admin_user)
    html = messages_after(client, publish_in_editor(client, member))
    assert lt("Your changes are saved as a draft.") in html


def test_new_profile_published_from_the_create_view_without_consent_stays_a_draft(
    client, english_admin, member_cluster, craft_sector
):
    client.force_login(english_admin)
    url = reverse(
        "wagtailadmin_pages:add", args=["clusters", "clustermemberpage", member_cluster.pk]
    )
    data = page_form_data(client, url)
    data.update(
        {"title": "Naujas narys", "slug": "naujas-narys", "country": "LT", "action-publish": "1"}
    )
    data.setlist("craft_sectors", [str(craft_sector.pk)])
    response = client.post(url, data)
    member = ClusterMemberPage.objects.get(slug="naujas-narys")
    assert NO_CONSENT in messages_after(client, response)
    assert not member.live


def test_bulk_publish_including_a_profile_without_consent_publishes_nothing(
    client, english_admin, member_cluster, craft_sector
):
    member = draft_profile(member_cluster, craft_sector)
    other = draft_profile(member_cluster, craft_sector, title="Jonas Kalvaitis")
    consent(other)
    client.force_login(english_admin)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(
        f"{url}?id={member.pk}&id={other.pk}&next=/admin/", {"include_descendants": ""}
    )
    assert NO_CONSENT in messages_after(client, response)
    assert not reload(member).live
    assert not reload(other).live


def test_last_approval_of_a_workflow_does_not_publish_a_profile_without_consent(
    client, english_admin, member_cluster, craft_sector
):
    member = draft_profile(member_cluster, craft_sector)
    task = GroupApprovalTask.objects.create(name="Review")
    workflow = Workflow.objects.create(name="Review")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    state = workflow.start(member, english_admin)
    client.force_login(english_admin)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[member.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(url, {"comment": ""})
    assert response.url == reverse("wagtailadmin_pages:edit", args=[member.pk])
    assert NO_CONSENT in messages_after(client, response)
    state.refresh_from_db()
    assert (state.status, reload(member).live) == ("in_progress", False)


def test_scheduled_publishing_skips_a_profile_without_consent_and_says_so(
    member_cluster, craft_sector
):
    member = draft_profile(member_cluster, craft_sector)
    revision = member.get_latest_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled", verbosity=0)
    revision.refresh_from_db()
    assert not reload(member).live
    assert revision.approved_go_live_at is None
    entry = PageLogEntry.objects.get(page=member, action="kartu.consent.schedule_cancelled")
    with translation.override("en"):
        assert "no current consent" in entry.message


def test_one_consent_covers_every_language_of_a_profile(
    site_tree, member_cluster, craft_sector, translate
):
    member = factories.ClusterMemberPageFactory(parent=member_cluster, craft_sectors=[craft_sector])
    for page in [site_tree.home, site_tree.cluster_index, member_cluster, member]:
        latvian = translate(page, "lv")
    assert latvian.live


@pytest.fixture
def profile_in_three_languages(site_tree, member_cluster, craft_sector, translate, locales):
    """A consented profile in Lithuanian, translated into Latvian and aliased in English."""
    member = factories.ClusterMemberPageFactory(
        parent=member_cluster, title="Ona Puodžiūtė", craft_sectors=[craft_sector]
    )
    for page in [site_tree.home, site_tree.cluster_index, member_cluster]:
        translate(page, "lv")
    latvian = translate(member, "lv")
    english = member.copy_for_translation(locales["en"], copy_parents=True, alias=True)
    return [member, latvian, english]


def test_recording_a_withdrawal_unpublishes_the_profile_in_every_language(
    client, english_admin, profile_in_three_languages
):
    member = profile_in_three_languages[0]
    assert all(page.live for page in profile_in_three_languages)
    client.force_login(english_admin)
    response = record_withdrawal(client, member.consents.get(), timezone.localdate())
    assert "is now unpublished in every language (3 pages)" in messages_after(client, response)
    assert [reload(page).live for page in profile_in_three_languages] == [False, False, False]


def test_withdrawal_shows_in_the_page_history_in_the_editors_language(
    client, admin_user, profile_in_three_languages
):
    speaks(admin_user, "lt")
    member, latvian, _english = profile_in_three_languages
    client.force_login(admin_user)
    record_withdrawal(client, member.consents.get(), timezone.localdate())
    history = client.get(reverse("wagtailadmin_pages:history", args=[latvian.pk]))
    assert lt("Unpublished in every language: the member withdrew their consent") in history.text


def test_a_withdrawal_cannot_be_undone(client, english_admin, member_cluster, craft_sector):
    member = factories.ClusterMemberPageFactory(parent=member_cluster, craft_sectors=[craft_sector])
    record = member.consents.get()
    record.withdrawn_at = timezone.localdate()
    record.save()
    client.force_login(english_admin)
    url = reverse("clusters_publicationconsent_modeladmin_edit", args=[record.pk])
    response = client.post(url, consent_form(record, withdrawn_at=""))
    assert "A withdrawal cannot be undone." in response.text
    record.refresh_from_db()
    assert record.withdrawn_at == timezone.localdate()


def test_withdrawing_one_of_two_consents_keeps_a_still_covered_profile_online(
    client, english_admin, member_cluster, craft_sector
):
    member = factories.ClusterMemberPageFactory(parent=member_cluster, craft_sectors=[craft_sector])
    consent(member, given_at=datetime.date(2025, 1, 10))
    client.force_login(english_admin)
    record_withdrawal(client, member.consents.order_by("given_at").first(), timezone.localdate())
    assert reload(member).live


def test_deleting_the_only_consent_unpublishes_the_profile(
    client, english_admin, member_cluster, craft_sector
):
    member = factories.ClusterMemberPageFactory(parent=member_cluster, craft_sectors=[craft_sector])
    client.force_login(english_admin)
    url = reverse("clusters_publicationconsent_modeladmin_delete", args=[member.consents.get().pk])
    client.post(url)
    assert not reload(member).live
    assert PageLogEntry.objects.filter(page=member, action="kartu.consent.unpublish").exists()
