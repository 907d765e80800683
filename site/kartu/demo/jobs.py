"""A Latvian translation job in progress (data/job.yaml), for the translators' tour.

The editor changes a Lithuanian project that has a Latvian translation (a reworded
introduction, a new paragraph block), publishes it and syncs its translations as "Sync
translated pages" does (`TranslationSource.update_from_db`): the Latvian translation of the old
introduction is kept as a string needing revision (`translations.revisions`), and the new
paragraphs wait untranslated, each with a fuzzy match in the translation memory. The editor
then gives the page and its programme to the Latvian translator as a job due in a week
(`translations.jobs.creation.create_jobs`, without the assignment email: the demo's users have
no real mailboxes).

Both steps are made once: a source already carrying the new introduction is left alone, and so
is a job with the same note for the same translator and language.
"""

import datetime

from django.utils import timezone
from wagtail_localize.models import TranslationSource

from projects.models import ProjectPage
from translations.jobs.creation import create_jobs
from translations.jobs.models import TranslationJob

from .blocks import stored
from .text import paragraphs, text


def change_source_and_sync(page, spec, editor, tally):
    """Publish the new introduction and paragraph block of `page`, then sync its source."""
    page = ProjectPage.objects.get(pk=page.pk)
    intro = text(spec["intro"], "lt")
    if page.intro == intro:
        tally.present("changed and synced source")
        return page
    page.intro = intro
    page.body = [
        *page.body.raw_data,
        stored("paragraph", paragraphs(spec["new_paragraphs"], "lt")),
    ]
    page.save_revision(user=editor, log_action=True).publish(user=editor)
    TranslationSource.objects.get_for_instance(page).update_from_db()
    tally.created("changed and synced source")
    return page


def build_translation_job(content, projects, locales, users, tally):
    spec = content["job"]["job"]
    editor, assignee = users[spec["editor"]], users[spec["assignee"]]
    locale, note = locales[spec["language"]], spec["note"]
    page = change_source_and_sync(projects[spec["project"]], spec, editor, tally)
    job = TranslationJob.objects.filter(locale=locale, assignee=assignee, note=note).first()
    if job is not None:
        tally.present("translation job")
        return job
    due_date = timezone.localdate() + datetime.timedelta(days=spec["due_in_days"])
    (job,) = create_jobs(
        [page, page.programme], [(locale, assignee)], due_date, note, editor, notify=False
    )
    tally.created("translation job")
    return job
