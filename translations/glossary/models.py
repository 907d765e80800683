"""The glossary's data: one row per term and language pair."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale


class GlossaryTerm(models.Model):
    """A term in a source language and the translation it must have in a target language.

    Translators of the target language (and Communications) keep it under Settings → Glossary;
    the translation editor's side panel shows the terms a source string contains, the quality
    check (`translations.glossary.check`) flags translations that ignore them, and DeepL gets
    them as a glossary. A do-not-translate term (a name such as "Interreg") must appear as it
    is in the translation.
    """

    source_locale = models.ForeignKey(
        Locale, on_delete=models.CASCADE, related_name="+", verbose_name=_("source language")
    )
    term = models.CharField(
        _("term"),
        max_length=200,
        help_text=_("As it is written in the source language, e.g. “pagrindinis partneris”."),
    )
    target_locale = models.ForeignKey(
        Locale, on_delete=models.CASCADE, related_name="+", verbose_name=_("target language")
    )
    translation = models.CharField(
        _("translation"),
        max_length=200,
        blank=True,
        help_text=_("What translators must write. Leave empty for a do-not-translate term."),
    )
    note = models.TextField(
        _("note"), blank=True, help_text=_("Shown to translators beside the term.")
    )
    do_not_translate = models.BooleanField(
        _("do not translate"),
        default=False,
        help_text=_("The term stays as it is in every translation (a name, an acronym)."),
    )

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["source_locale__language_code", "target_locale__language_code", "term"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_locale", "target_locale", "term"],
                name="translations_glossary_one_term_per_pair",
            )
        ]

    def __str__(self):
        return f"{self.term} → {self.required_translation}"

    # The CSV columns (`translations.glossary.csv_io`) name languages by code.
    @property
    def source_language(self):
        return self.source_locale.language_code

    @property
    def target_language(self):
        return self.target_locale.language_code

    @property
    def required_translation(self):
        """What a translation must contain: the term itself when it is not translated."""
        return self.term if self.do_not_translate else self.translation

    def clean(self):
        errors = {}
        if self.source_locale_id and self.source_locale_id == self.target_locale_id:
            errors["target_locale"] = _("The target language must differ from the source.")
        if not self.do_not_translate and not self.translation.strip():
            errors["translation"] = _("Give the translation, or tick “do not translate”.")
        for name in ["term", "translation"]:
            if any(character in getattr(self, name) for character in "\t\r\n"):
                errors[name] = _("A term is one line, without tabs.")
        if errors:
            raise ValidationError(errors)


class DeepLGlossary(models.Model):
    """The glossary DeepL holds for one language pair: its id there and a hash of the entries
    it was given. Written only by `translations.glossary.deepl`, which replaces the glossary
    when the terms change (DeepL's v2 glossaries cannot be edited); nobody edits it by hand."""

    source_locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    target_locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    glossary_id = models.CharField(max_length=100)
    entries_hash = models.CharField(max_length=64)
    pushed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("DeepL glossary")
        verbose_name_plural = _("DeepL glossaries")
        constraints = [
            models.UniqueConstraint(
                fields=["source_locale", "target_locale"],
                name="translations_one_deepl_glossary_per_pair",
            )
        ]

    def __str__(self):
        return self.glossary_id
