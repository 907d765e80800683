"""A finished item of a translation job goes to the "Translation review" workflow.

An item is finished when every string of its source is translated into the job's language and
none needs revision (`translations.coverage`). Then its translated page is saved as a draft and
submitted to its workflow (`translations.patches.review_before_publish.start_review`, what the
editor's "Submit to Translation review" does), as the translator who saved the last string;
a snippet, which has no workflow, is finished as it is. When every item of a job is finished,
the job is complete and its creator gets an email.

`check_after_string_saved` runs on every saved `StringTranslation` (the editor's "Save", a PO
upload, machine translation, "Keep previous"), connected by `connect()` from the app config;
the job's "Send finished items to review" button calls `finish_complete_items` too.
"""

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringTranslation, Translation, TranslationContext

from translations.jobs.mail import COMPLETE, send_job_mail
from translations.jobs.models import TranslationJobItem
from translations.jobs.progress import attach_progress
from translations.patches.review_before_publish import start_review


def send_to_review(item, user):
    """Submit the translated page of a complete item to its workflow as `user`; True when it
    is in review (or is a snippet, which has none)."""
    if not issubclass(item.content_type.model_class(), Page):
        return True
    translation = (
        Translation.objects.filter(
            source__object_id=item.translation_key, target_locale_id=item.job.locale_id
        )
        .filter(enabled=True)
        .select_related("source")
        .first()
    )
    if translation is None:
        return False
    try:
        page = translation.get_target_instance()
    except ObjectDoesNotExist:
        return False
    if item.progress.awaiting_review:
        return True
    if (
        page.get_workflow() is None
        or not page.permissions_for_user(user).can_submit_for_moderation()
    ):
        return False
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return True
    try:
        start_review(translation, page, user)
    except ValidationError:
        return False
    return True


def finish_complete_items(items, user=None):
    """Send each complete, unfinished item to review; complete the jobs all of whose items are
    finished. Returns the items finished now."""
    items = attach_progress(item for item in items if item.finished_at is None)
    finished = []
    for item in items:
        acting = user or item.job.assignee
        if item.progress.complete and acting is not None and send_to_review(item, acting):
            item.finished_at = timezone.now()
            item.save(update_fields=["finished_at"])
            finished.append(item)
    for job in {item.job for item in finished}:
        if job.completed_at is None and not job.items.filter(finished_at__isnull=True).exists():
            job.completed_at = timezone.now()
            job.save(update_fields=["completed_at"])
            send_job_mail.enqueue(job.pk, COMPLETE)
    return finished


def check_after_string_saved(sender, instance, **kwargs):
    if instance.has_error or instance.context_id is None:
        return
    translation_key = (
        TranslationContext.objects.filter(pk=instance.context_id)
        .values_list("object_id", flat=True)
        .first()
    )
    items = list(
        TranslationJobItem.objects.filter(
            translation_key=translation_key,
            job__locale_id=instance.locale_id,
            finished_at__isnull=True,
        ).select_related("job", "job__assignee", "content_type")
    )
    if items:
        finish_complete_items(items, instance.last_translated_by)


def connect():
    post_save.connect(
        check_after_string_saved, sender=StringTranslation, dispatch_uid="kartu_job_items"
    )
