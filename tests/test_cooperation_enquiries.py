"""Visitors write to a member through the profile's enquiry form: a valid enquiry is stored and
emailed to the member; every refusal says why and stores nothing; old enquiries are deleted."""

import datetime
import logging

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import ngettext
from django_tasks_db.models import DBTaskResult

from clusters.models import CooperationEnquiry, EnquiryStatus
from tests import factories
from tests.lithuanian import lt
from tests.worker import DATABASE_TASKS

MEMBER_EMAIL = "ona@example.org"
NOT_SENT = "Your enquiry was not sent"
PER_ADDRESS = (
    "Your enquiry was not sent: several enquiries have come from your connection in the last "
    "hour. Please try again in an hour."
)
PER_MEMBER = (
    "Your enquiry was not sent: this member has received many enquiries today. Please try "
    "again tomorrow."
)
PRIVACY_NOTICE = (
    "We store your enquiry and send it by email to %(name)s, who sees your name, email "
    "address, organisation and message. We delete it after %(days)s day."
)


@pytest.fixture
def member(member_cluster, craft_sector):
    return factories.ClusterMemberPageFactory(
        parent=member_cluster,
        title="Ona Puodžiūtė",
        email=MEMBER_EMAIL,
        languages_spoken=["lt", "pl"],
        craft_sectors=[craft_sector],
    )


def valid(**changes):
    data = {
        "name": "Ieva Kalniņa",
        "email": "ieva@example.org",
        "organisation": "Rokdarbu skola",
        "message": "Could you run a weaving workshop for two groups in Jelgava this autumn?",
        "agreed_to_be_contacted": "on",
        "website": "",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


@pytest.fixture
def send(client, member, django_capture_on_commit_callbacks):
    """Post the enquiry form of `member` (the task that emails it runs on commit)."""

    def post(data=None, address="198.51.100.7", follow=False):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                member.url + "contact/", data or valid(), REMOTE_ADDR=address, follow=follow
            )

    return post


def test_valid_enquiry_is_stored_and_emailed_to_the_member(send, member):
    response = send(follow=True)
    assert lt("Thank you: your enquiry is on its way") in response.text
    enquiry = CooperationEnquiry.objects.get()
    assert (enquiry.member, enquiry.cluster_id, enquiry.status) == (
        member,
        member.get_parent().pk,
        EnquiryStatus.FORWARDED,
    )
    (email,) = mail.outbox
    assert (email.to, email.reply_to) == ([MEMBER_EMAIL], ["ieva@example.org"])
    assert "Could you run a weaving workshop" in email.body
    assert "Rokdarbu skola" in email.body


def test_email_to_the_member_is_written_in_a_language_they_speak(send):
    send()
    assert mail.outbox[0].subject == lt("An enquiry about cooperation from Kartu")


@pytest.mark.parametrize(
    "changes, message",
    [
        (
            {"website": "https://spam.example"},
            "Your enquiry was not sent: a field that must stay empty was filled in. If you "
            "typed in it, empty it and send the form again.",
        ),
        (
            {"agreed_to_be_contacted": None},
            "Tick the box to agree that the member may contact you: without it they cannot answer.",
        ),
        ({"email": "ieva-at-example.org"}, "Enter an email address in the form name@example.com."),
        (
            {"message": "x" * 2001},
            "Your message is too long: it has 2001 characters, at most 2000 are allowed.",
        ),
        ({"name": ""}, "Enter your name."),
    ],
    ids=["honeypot", "no consent to be contacted", "bad email", "over-long message", "no name"],
)
def test_refused_enquiry_says_why_and_stores_and_sends_nothing(send, changes, message):
    response = send(valid(**changes))
    assert response.status_code == 200
    assert lt(NOT_SENT) in response.text
    assert lt(message) in response.text
    assert not CooperationEnquiry.objects.exists()
    assert mail.outbox == []


def test_error_summary_links_each_problem_to_its_field(send):
    html = send(valid(email="ieva-at-example.org")).text
    assert (
        f'<a href="#id_email">{lt("Enter an email address in the form name@example.com.")}' in html
    )
    assert 'aria-describedby="id_email_helptext id_email_error"' in html
    assert 'aria-invalid="true"' in html


def test_a_burst_from_one_address_over_the_limit_is_refused(send, settings):
    settings.KARTU_ENQUIRIES_PER_ADDRESS_PER_HOUR = 3
    for _enquiry in range(3):
        assert send().status_code == 302
    response = send()
    assert lt(PER_ADDRESS) in response.text
    assert CooperationEnquiry.objects.count() == 3
    assert send(address="203.0.113.50").status_code == 302  # another visitor is let through


def test_a_burst_to_one_member_over_the_limit_is_refused(send, settings):
    settings.KARTU_ENQUIRIES_PER_MEMBER_PER_DAY = 2
    for number in range(2):
        assert send(address=f"198.51.100.{number}").status_code == 302
    response = send(address="198.51.100.99")
    assert lt(PER_MEMBER) in response.text
    assert CooperationEnquiry.objects.count() == 2


def test_enquiry_without_the_forms_csrf_token_is_refused(member):
    client = Client(enforce_csrf_checks=True)
    response = client.post(member.url + "contact/", valid())
    assert response.status_code == 403
    assert not CooperationEnquiry.objects.exists()


def test_enquiry_refused_for_its_csrf_token_tells_the_visitor_how_to_send_it_again(member):
    client = Client(enforce_csrf_checks=True)
    response = client.post(member.url + "contact/", valid())
    assert lt("The form could not be sent") in response.content.decode()


def test_form_and_thank_you_page_never_show_the_members_email(client, send, member):
    form = client.get(member.url + "contact/")
    thanks = send(follow=True)
    assert "Ona Puodžiūtė" in form.text
    assert MEMBER_EMAIL not in form.text
    assert MEMBER_EMAIL not in thanks.text


def test_privacy_notice_beside_the_form_says_who_sees_what_and_for_how_long(client, member):
    html = client.get(member.url + "contact/").text
    with translation.override("lt"):
        plural = PRIVACY_NOTICE.replace("day.", "days.")
        notice = ngettext(PRIVACY_NOTICE, plural, 365) % {"name": "Ona Puodžiūtė", "days": 365}
    assert notice in html


def test_member_without_an_email_address_has_a_note_and_no_form(client, member_cluster):
    member = factories.ClusterMemberPageFactory(parent=member_cluster, title="Jonas", email="")
    note = lt("Jonas does not take cooperation enquiries through this site.")
    assert note in client.get(member.url).text
    assert client.get(member.url + "contact/").status_code == 404


def test_visitors_address_and_message_reach_no_log_and_no_task_argument(send, settings, caplog):
    settings.TASKS = DATABASE_TASKS
    with caplog.at_level(logging.DEBUG):
        send()
    enquiry = CooperationEnquiry.objects.get()
    (task,) = DBTaskResult.objects.filter(task_path__endswith="notify_member")
    assert task.args_kwargs == {"args": [enquiry.pk], "kwargs": {}}
    assert "ieva@example.org" not in caplog.text
    assert "weaving workshop" not in caplog.text


def test_retention_deletes_only_enquiries_older_than_the_retention_period(member, settings):
    settings.KARTU_ENQUIRY_RETENTION_DAYS = 30
    now = timezone.now()
    old = factories.CooperationEnquiryFactory(
        member=member, received_at=now - datetime.timedelta(days=31)
    )
    recent = factories.CooperationEnquiryFactory(
        member=member, received_at=now - datetime.timedelta(days=29)
    )
    call_command("delete_old_enquiries", verbosity=0)
    assert list(CooperationEnquiry.objects.all()) == [recent]
    assert not CooperationEnquiry.objects.filter(pk=old.pk).exists()
