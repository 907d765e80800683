"""The emails of translation jobs, sent by a background task.

`send_job_mail.enqueue(job_id, kind)` is all a caller does: the task reads the job from the
database and sends through the backend that really delivers (`home.background_email
.delivery_connection`), in the recipient's admin language. Kinds: "assigned" and "reminder" go
to the assignee, "complete" to the job's creator.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.admin.utils import get_admin_base_url
from wagtail.users.models import UserProfile

from home.background_email import delivery_connection
from translations.jobs.models import TranslationJob

ASSIGNED, REMINDER, COMPLETE = "assigned", "reminder", "complete"
KINDS = (ASSIGNED, REMINDER, COMPLETE)


def subject(kind, job):
    values = {"language": job.locale.get_display_name(), "due": job.due_date.isoformat()}
    if kind == ASSIGNED:
        return _("A translation job into %(language)s, due %(due)s") % values
    if kind == REMINDER:
        return _("Reminder: your translation job into %(language)s is due %(due)s") % values
    return _("The translation job into %(language)s is complete") % values


def job_message(job, kind):
    """The message of `kind` about `job`, or None when it has nobody to go to."""
    recipient = job.created_by if kind == COMPLETE else job.assignee
    if recipient is None or not recipient.email:
        return None
    language = UserProfile.get_for_user(recipient).get_preferred_language()
    with translation.override(language):
        body = render_to_string(
            f"translations/jobs/email/{kind}.txt",
            {
                "job": job,
                "items": list(job.items.all()),
                "recipient": recipient,
                "language": job.locale.get_display_name(),
                "url": get_admin_base_url() + reverse("translations_job", args=[job.pk]),
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
        return EmailMessage(
            subject=subject(kind, job),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[recipient.email],
        )


@task()
def send_job_mail(job_id, kind):
    """Email `kind` about job `job_id`; True when a message was sent."""
    job = (
        TranslationJob.objects.select_related("locale", "assignee", "created_by")
        .filter(pk=job_id)
        .first()
    )
    message = job and kind in KINDS and job_message(job, kind)
    if not message:
        return False
    delivery_connection().send_messages([message])
    return True
