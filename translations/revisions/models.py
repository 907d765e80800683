"""A translated string whose source changed on sync: what it said, and how it was translated."""

from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)


class StringRevisionQuerySet(models.QuerySet):
    def open(self):
        """Revisions whose string is still in its source and not translated again yet."""
        current = StringSegment.objects.filter(
            source_id=OuterRef("source_id"),
            context_id=OuterRef("context_id"),
            string_id=OuterRef("string_id"),
        )
        translated = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale_id=OuterRef("locale_id"),
            has_error=False,
        )
        return self.filter(Exists(current)).exclude(Exists(translated))


class StringRevision(models.Model):
    """A string that needs revision: its source text changed while it had a translation.

    Recorded on sync (`translations.revisions.translation_lost_on_sync`), one per changed string
    and target locale that had a translation. Nobody edits it: the translation editor shows it
    beside the string (the old and new source as a word diff, and the previous translation) with
    "Keep previous", and the status report and translation jobs count it. It is open while its
    string is still the source of that place (`context`) and has no translation in `locale`;
    translating the string anew or keeping the previous translation closes it.
    """

    source = models.ForeignKey(
        TranslationSource,
        on_delete=models.CASCADE,
        related_name="string_revisions",
        verbose_name=_("source"),
    )
    context = models.ForeignKey(
        TranslationContext,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("place in the content"),
    )
    locale = models.ForeignKey(
        Locale, on_delete=models.CASCADE, related_name="+", verbose_name=_("locale")
    )
    string = models.ForeignKey(
        String, on_delete=models.CASCADE, related_name="+", verbose_name=_("new source text")
    )
    previous_source = models.TextField(_("previous source text"))
    previous_translation = models.TextField(_("previous translation"))
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    objects = StringRevisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("string needing revision")
        verbose_name_plural = _("strings needing revision")
        constraints = [
            models.UniqueConstraint(
                fields=["context", "locale", "string"], name="one_revision_per_string_and_locale"
            )
        ]

    def __str__(self):
        return f"{self.previous_source[:40]} → {self.string.data[:40]} ({self.locale_id})"
