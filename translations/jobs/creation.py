"""Creating translation jobs from what a site manager ticked in the status report.

`create_jobs` makes one `TranslationJob` per language that got an assignee, all in one batch,
with an item for each ticked page or snippet (and, when asked, every page below a ticked page).
An object not yet translated into a job's language is submitted for translation as
wagtail-localize's "Translate" form does (`translate_object`), so the assignee finds it in the
editor. The assignees are emailed (`send_job_mail`, after the transaction commits).

Machine pre-fill: the job's "Machine translate" buttons (`translations.jobs.machine`) fill the
items from the translation memory, then DeepL. After the jobs are saved, every function
registered for the Wagtail hook `translation_jobs_created` is called with `(jobs, user)`, for
anything else to start on new jobs.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail import hooks
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

from translations.jobs.mail import ASSIGNED, send_job_mail
from translations.jobs.models import TranslationJob, TranslationJobItem

JOBS_CREATED_HOOK = "translation_jobs_created"


def with_subtrees(objects):
    """The objects, and every page (not an alias) below each page among them, in tree order
    (pages first, so that a parent is translated before its children), each once."""
    pages = [obj for obj in objects if isinstance(obj, Page)]
    others = [obj for obj in objects if not isinstance(obj, Page)]
    for page in list(pages):
        pages.extend(page.get_descendants().filter(alias_of__isnull=True).specific())
    unique = {page.pk: page for page in pages}
    return sorted(unique.values(), key=lambda page: page.path) + others


def submit_missing(objects, locales, user):
    """Start wagtail-localize translations of the objects that have none in a locale."""
    existing = set(
        Translation.objects.filter(
            source__object_id__in=[obj.translation_key for obj in objects],
            target_locale__in=locales,
            enabled=True,
        ).values_list("source__object_id", "target_locale_id")
    )
    for obj in objects:
        missing = [locale for locale in locales if (obj.translation_key, locale.pk) not in existing]
        missing = [locale for locale in missing if locale.pk != obj.locale_id]
        if missing:
            translate_object(obj, missing, user=user)


@transaction.atomic
def create_jobs(objects, assignees, due_date, note, user, notify=True):
    """Jobs for `objects` (source pages and snippets): one per (locale, assignee) pair of
    `assignees`; returns them. `notify=False` sends no assignment email (the demo's users have
    no real mailboxes)."""
    locales = [locale for locale, _assignee in assignees]
    submit_missing(objects, locales, user)
    jobs = []
    job = None
    for locale, assignee in assignees:
        job = TranslationJob.objects.create(
            batch=job.batch if job else TranslationJob._meta.get_field("batch").default(),
            locale=locale,
            assignee=assignee,
            created_by=user,
            due_date=due_date,
            note=note,
        )
        TranslationJobItem.objects.bulk_create(
            TranslationJobItem(
                job=job,
                content_type=ContentType.objects.get_for_model(
                    type(obj).get_translation_model() if not isinstance(obj, Page) else Page
                ),
                object_id=str(obj.pk),
                translation_key=obj.translation_key,
                title=str(obj)[:255] if not isinstance(obj, Page) else obj.title[:255],
            )
            for obj in objects
            if obj.locale_id != locale.pk
        )
        jobs.append(job)
        if notify:
            transaction.on_commit(lambda pk=job.pk: send_job_mail.enqueue(pk, ASSIGNED))
    for fn in hooks.get_hooks(JOBS_CREATED_HOOK):
        fn(jobs, user)
    return jobs
