"""Emailing a member the enquiry a visitor sent them, as a background task.

The task receives the enquiry's number only and reads the rest from the database, so that the
visitor's address and message are never stored as a task's arguments (the database task
backend keeps those) or written to a log. It sends through the backend that really delivers
(home.background_email.delivery_connection: the console in dev, SMTP in production), in a
language the member speaks, with the visitor's address as Reply-To: the member answers the
visitor directly. An enquiry deleted before the task runs is simply not sent.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from home.background_email import delivery_connection

from .enquiries import CooperationEnquiry, EnquiryStatus


def member_language(member):
    """The first language the member speaks that the site has, else the site's default."""
    site_languages = {code for code, _name in settings.LANGUAGES}
    spoken = [code for code in member.languages_spoken or [] if code in site_languages]
    return spoken[0] if spoken else settings.LANGUAGE_CODE


def enquiry_message(enquiry):
    member = enquiry.member
    with translation.override(member_language(member)):
        subject = _("An enquiry about cooperation from %(site)s") % {
            "site": settings.WAGTAIL_SITE_NAME
        }
        body = render_to_string(
            "clusters/email/enquiry_to_member.txt",
            {
                "enquiry": enquiry,
                "member": member,
                "site_name": settings.WAGTAIL_SITE_NAME,
                "language": dict(settings.ALL_LANGUAGES).get(enquiry.language, enquiry.language),
                "retention_days": settings.KARTU_ENQUIRY_RETENTION_DAYS,
            },
        )
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[member.email],
        reply_to=[enquiry.email],
    )


@task()
def notify_member(enquiry_id):
    """Email enquiry `enquiry_id` to its member; True when it was sent."""
    enquiry = CooperationEnquiry.objects.select_related("member").filter(pk=enquiry_id).first()
    if enquiry is None or not enquiry.member.email:
        return False
    delivery_connection().send_messages([enquiry_message(enquiry)])
    CooperationEnquiry.objects.filter(pk=enquiry.pk, status=EnquiryStatus.NEW).update(
        status=EnquiryStatus.FORWARDED, forwarded_at=timezone.now()
    )
    return True
