"""Where each item of a translation job stands, read in bulk for a whole listing.

`attach_progress(items)` sets `item.progress` on every item (with its `job` loaded) in at most
five queries whatever the number of items: coverage (`translations.coverage`, four) and the
translated pages now in review (one).
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, WorkflowState

from translations.coverage import Coverage, coverage_by_key
from translations.jobs.models import TranslationJobItem


@dataclass
class ItemProgress:
    coverage: Coverage
    awaiting_review: bool = False

    @property
    def percent(self):
        return self.coverage.percent

    @property
    def needs_revision(self):
        return self.coverage.needs_revision

    @property
    def complete(self):
        return self.coverage.complete


def pages_in_review(pairs):
    """{(translation key, locale id)} of the translated pages whose workflow is in progress."""
    keys = {key for key, _locale in pairs}
    locales = {locale for _key, locale in pairs}
    if not keys:
        return set()
    rows = Page.objects.filter(
        translation_key__in=keys,
        locale_id__in=locales,
        _workflow_states__status=WorkflowState.STATUS_IN_PROGRESS,
        _workflow_states__base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("translation_key", "locale_id")
    return set(rows) & set(pairs)


def attach_progress(items):
    items = list(items)
    pairs = {(item.translation_key, item.job.locale_id) for item in items}
    coverage = coverage_by_key(pairs)
    in_review = pages_in_review(pairs)
    for item in items:
        pair = (item.translation_key, item.job.locale_id)
        item.progress = ItemProgress(
            coverage=coverage.get(pair) or Coverage(), awaiting_review=pair in in_review
        )
    return items


def job_percent(items):
    """A job's progress: strings translated of all its items' strings, in per cent."""
    strings = sum(item.progress.coverage.strings for item in items)
    translated = sum(item.progress.coverage.translated for item in items)
    return 100 if not strings else translated * 100 // strings


def job_rows(jobs):
    """Jobs with their items' progress: the items of every job in one query, then progress in
    bulk (`translations.jobs.progress`)."""
    jobs = list(jobs)
    items = list(
        TranslationJobItem.objects.filter(job__in=jobs).select_related("job", "content_type")
    )
    attach_progress(items)
    by_job = {job.pk: [] for job in jobs}
    for item in items:
        by_job[item.job_id].append(item)
    for job in jobs:
        job.item_list = by_job[job.pk]
        job.percent = job_percent(job.item_list)
        job.finished_count = sum(1 for item in job.item_list if item.finished_at)
    return jobs
