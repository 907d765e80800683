"""The admin's "Members' records": publication consents and cooperation enquiries listed,
filtered, inspected and exported for those allowed (Communications, administrators), and
refused to translators."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from clusters.models import EnquiryStatus, PublicationConsent
from tests import factories
from tests.members_records import consent_form
from tests.translations.users import is_denied, make_user
from translations.roles import COMMUNICATIONS, setup_roles, translators_group


def body(response):
    return b"".join(response.streaming_content)


def url(model, action, *args):
    return reverse(f"clusters_{model}_modeladmin_{action}", args=args)


@pytest.fixture
def records(member_cluster, craft_sector):
    """Two profiles: Ona's consent current, Jonas's withdrawn; one enquiry to each."""
    ona = factories.ClusterMemberPageFactory(
        parent=member_cluster, title="Ona Puodžiūtė", craft_sectors=[craft_sector]
    )
    jonas = factories.ClusterMemberPageFactory(
        parent=member_cluster, title="Jonas Kalvaitis", craft_sectors=[craft_sector]
    )
    withdrawn = jonas.consents.get()
    withdrawn.withdrawn_at = datetime.date(2025, 2, 1)
    withdrawn.save()
    to_ona = factories.CooperationEnquiryFactory(
        member=ona, name="Ieva Kalniņa", message="Audimo dirbtuvės Jelgavoje?"
    )
    to_jonas = factories.CooperationEnquiryFactory(
        member=jonas,
        name="Marius Petrauskas",
        message="Vartai sodybai",
        status=EnquiryStatus.ANSWERED,
    )
    return {"ona": ona, "jonas": jonas, "to_ona": to_ona, "to_jonas": to_jonas}


@pytest.fixture
def admin(client, english_admin):
    client.force_login(english_admin)
    return client


def test_consents_filter_by_status(admin, records):
    html = admin.get(url("publicationconsent", "index"), {"status": "withdrawn"}).text
    assert "Jonas Kalvaitis" in html
    assert "Ona Puodžiūtė" not in html


def test_enquiries_filter_by_member_cluster_and_status(admin, records, member_cluster):
    index = url("cooperationenquiry", "index")
    by_member = admin.get(index, {"member": records["ona"].pk}).text
    by_status = admin.get(index, {"status__exact": EnquiryStatus.ANSWERED}).text
    by_cluster = admin.get(index, {"cluster": member_cluster.pk}).text
    assert "Ieva Kalniņa" in by_member and "Marius Petrauskas" not in by_member
    assert "Marius Petrauskas" in by_status and "Ieva Kalniņa" not in by_status
    assert "Ieva Kalniņa" in by_cluster and "Marius Petrauskas" in by_cluster


def test_inspecting_an_enquiry_shows_the_visitors_message(admin, records):
    html = admin.get(url("cooperationenquiry", "inspect", records["to_ona"].pk)).text
    assert "Audimo dirbtuvės Jelgavoje?" in html
    assert records["to_ona"].email in html


def test_inspecting_a_consent_shows_how_it_was_given(admin, records):
    html = admin.get(url("publicationconsent", "inspect", records["ona"].consents.get().pk)).text
    assert "Signed form, consents folder 2024" in html


def test_consents_export_as_csv(admin, records):
    response = admin.get(url("publicationconsent", "index"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))
    assert rows[0][:3] == ["Member Profile", "Given By", "Given On"]
    assert sorted(row[0] for row in rows[1:]) == ["Jonas Kalvaitis", "Ona Puodžiūtė"]


def test_enquiries_export_as_xlsx(admin, records):
    response = admin.get(url("cooperationenquiry", "index"), {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(body(response))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert "Message" in rows[0]
    assert {row[rows[0].index("Name")] for row in rows[1:]} == {
        "Ieva Kalniņa",
        "Marius Petrauskas",
    }


def test_nobody_adds_an_enquiry_in_the_admin(admin, records):
    assert is_denied(admin.get(url("cooperationenquiry", "create")))


def test_recording_a_consent_notes_who_recorded_it(admin, english_admin, member_cluster):
    member = factories.ClusterMemberPageFactory(parent=member_cluster, consent=None, live=False)
    form = admin.get(url("publicationconsent", "create"), {"member": member.pk}).text
    assert f'value="{member.pk}"' in form  # the profile comes chosen from the refusal's button
    admin.post(
        url("publicationconsent", "create"),
        {"member": member.pk, "given_by": "Ona", "given_at": "2025-03-01", "method": "email"},
    )
    assert PublicationConsent.objects.get(member=member).recorded_by == english_admin


@pytest.fixture
def roles(site_tree):
    setup_roles()


@pytest.mark.parametrize(
    "model, action",
    [
        ("publicationconsent", "index"),
        ("publicationconsent", "inspect"),
        ("publicationconsent", "edit"),
        ("cooperationenquiry", "index"),
        ("cooperationenquiry", "inspect"),
    ],
)
def test_translator_is_refused_every_record_view(client, records, roles, model, action):
    client.force_login(make_user("translator", translators_group("lt")))
    pk = records["ona"].consents.get().pk if model == "publicationconsent" else None
    pk = pk or records["to_ona"].pk
    args = [] if action == "index" else [pk]
    assert is_denied(client.get(url(model, action, *args)))
    assert is_denied(client.get(url(model, "index"), {"export": "csv"}))


def test_communications_staff_see_consents_and_enquiries(client, records, roles):
    client.force_login(make_user("editor", COMMUNICATIONS))
    for model in ["publicationconsent", "cooperationenquiry"]:
        assert client.get(url(model, "index")).status_code == 200


def test_a_consent_cannot_be_moved_to_another_profile(admin, records):
    consent = records["ona"].consents.get()
    form = consent_form(consent, member=str(records["jonas"].pk))
    response = admin.post(url("publicationconsent", "edit", consent.pk), form)
    assert "A consent stays with the profile it was given for." in response.text
    consent.refresh_from_db()
    assert consent.member_id == records["ona"].pk
