"""Translation jobs: a batch of pages and snippets for one language, an assignee and a date."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale


class TranslationJob(models.Model):
    """Pages and snippets one translator translates into one language by a due date.

    Created from the translation status report by who may start translations (Communications,
    site managers): ticking items and "Create job" with an assignee for each of several
    languages makes one job per language, sharing a `batch`. The assignee sees it in "My jobs"
    (dashboard panel and listing); the translators of that language may open it, nobody of
    another language. Emails go out on assignment, two days before the due date
    (`send_job_reminders`) and to its creator when every item is finished.
    """

    batch = models.UUIDField(_("batch"), default=uuid.uuid4, editable=False, db_index=True)
    locale = models.ForeignKey(
        Locale, on_delete=models.CASCADE, related_name="+", verbose_name=_("language")
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="translation_jobs",
        verbose_name=_("assignee"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    due_date = models.DateField(_("due date"))
    note = models.TextField(_("note"), blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("translation job")
        verbose_name_plural = _("translation jobs")
        ordering = ["due_date", "pk"]

    def __str__(self):
        return f"{self.locale.language_code} {self.due_date} #{self.pk}"


class TranslationJobItem(models.Model):
    """One page or snippet of a job: the source object, and when it went to review.

    Its progress (strings translated, needing revision, awaiting review) is not stored: it is
    read from wagtail-localize's strings for all the items of a listing at once
    (`translations.jobs.progress`). `finished_at` is set when every string is translated and the
    translation went to the "Translation review" workflow (snippets have no workflow: they are
    finished when translated).
    """

    job = models.ForeignKey(
        TranslationJob, on_delete=models.CASCADE, related_name="items", verbose_name=_("job")
    )
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+", verbose_name=_("content type")
    )
    object_id = models.CharField(_("source object"), max_length=64)
    translation_key = models.UUIDField(_("translation key"), db_index=True)
    title = models.CharField(_("title"), max_length=255)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("translation job item")
        verbose_name_plural = _("translation job items")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["job", "translation_key"], name="one_item_per_object_and_job"
            )
        ]

    def __str__(self):
        return self.title
