"""Machine translation of translation jobs, memory first, then the configured machine
translator (DeepL), as one background task for one job or for every language of a batch.

`translations.memory.translate_with_memory` (the `memory` feature) fills each item's untranslated
strings from the translation memory when it holds them exactly and sends only the rest to the
machine translator. It runs as the user who asked, with wagtail-localize's own rights checks
(`apply_machine_translation`): an item that user may not edit is left as it is. The words the
memory saved are counted per job in bulk (`words_saved_by_job`).
"""

from collections import defaultdict

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.http import Http404
from django_tasks import task
from wagtail_localize.models import StringSegment, Translation

from translations.jobs.models import TranslationJobItem
from translations.memory import translate_with_memory
from translations.memory.fill import MEMORY_TOOL_NAME, count_words
from translations.patches.deepl_errors import MachineTranslationFailed


def job_translations(job_ids):
    """{job id: [enabled Translation of each item into the job's language]} (two queries)."""
    items = list(
        TranslationJobItem.objects.filter(job_id__in=job_ids).values_list(
            "job_id", "translation_key", "job__locale_id"
        )
    )
    translations = {
        (translation.source.object_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(
            source__object_id__in={key for _job, key, _locale in items},
            target_locale_id__in={locale for _job, _key, locale in items},
            enabled=True,
        ).select_related("source", "source__locale", "target_locale")
    }
    by_job = defaultdict(list)
    for job_id, key, locale_id in items:
        if (key, locale_id) in translations:
            by_job[job_id].append(translations[key, locale_id])
    return by_job


@task()
def machine_translate_jobs(job_ids, user_id):
    """Memory first, then the machine translator, for every item of the jobs; returns how many
    translations were worked on."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return 0
    done = 0
    for translations in job_translations(job_ids).values():
        for translation in translations:
            try:
                translate_with_memory(translation, user)
            except (PermissionDenied, Http404, MachineTranslationFailed):
                continue
            done += 1
    return done


def words_saved_by_job(jobs):
    """{job id: source words of its items that the memory translated} (three queries)."""
    by_job = job_translations([job.pk for job in jobs])
    job_of = {
        (translation.source_id, translation.target_locale_id): job_id
        for job_id, translations in by_job.items()
        for translation in translations
    }
    saved = {job.pk: 0 for job in jobs}
    if not job_of:
        return saved
    rows = StringSegment.objects.filter(
        source_id__in={source for source, _locale in job_of},
        string__translations__locale_id__in={locale for _source, locale in job_of},
        string__translations__context_id=F("context_id"),
        string__translations__tool_name=MEMORY_TOOL_NAME,
    ).values_list("source_id", "string__translations__locale_id", "string__data")
    for source_id, locale_id, text in rows:
        job_id = job_of.get((source_id, locale_id))
        if job_id is not None:
            saved[job_id] += count_words(text)
    return saved
