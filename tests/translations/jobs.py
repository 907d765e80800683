"""Helpers of the translation jobs' tests: the people involved and the "Create job" form."""

import datetime

from django.urls import reverse
from django.utils import timezone

from tests.translations.users import make_user
from translations.roles import COMMUNICATIONS, translators_group

REPORT_URL = reverse("translations_status")
CREATE_URL = reverse("translations_job_create")
JOBS_URL = reverse("translations_jobs")


def person(username, group):
    """A user of `group` with an email address (`translations.roles` groups by name or code)."""
    if group in ("lt", "lv", "en"):
        group = translators_group(group)
    user = make_user(username, group)
    user.email = f"{username}@example.org"
    user.save(update_fields=["email"])
    return user


def manager():
    return person("communications", COMMUNICATIONS)


def selection_value(page):
    """The report's checkbox value for a source page."""
    return f"{page.specific_class._meta.label_lower}:{page.pk}"


def create_job(client, pages, assignees, days=7, **extra):
    """POST the "Create job" form: `assignees` maps a language code to a user."""
    data = {
        "items": [selection_value(page) for page in pages],
        "due_date": (timezone.localdate() + datetime.timedelta(days=days)).isoformat(),
        "note": "Prašome iki penktadienio.",
        **{f"assignee_{code}": user.pk for code, user in assignees.items()},
        **extra,
    }
    return client.post(CREATE_URL, data)


def job_url(job):
    return reverse("translations_job", args=[job.pk])
