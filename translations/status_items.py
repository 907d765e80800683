"""What the translation status report shows: one item per source object and target locale, and
the per-language summary (see `translations.status` for how each status is decided)."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, TranslatableMixin, get_page_models
from wagtail.snippets.models import get_snippet_models

from translations.translator_groups import TranslatorGroup

UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"
MISSING = "missing"

STATUSES = [UP_TO_DATE, OUT_OF_DATE, MISSING]
STATUS_LABELS = {
    UP_TO_DATE: _("Translated and up to date"),
    OUT_OF_DATE: _("Out of date"),
    MISSING: _("Missing"),
}


def user_can_submit_translations(user):
    """Site managers: whoever may submit content for translation sees every locale's status."""
    return user.is_active and (
        user.is_superuser or user.has_perm("wagtail_localize.submit_translation")
    )


def translator_locale_codes(user):
    """The language codes of the translators' groups `user` belongs to (one query)."""
    return sorted(
        set(
            TranslatorGroup.objects.filter(group__user=user).values_list(
                "locale__language_code", flat=True
            )
        )
    )


def report_locale_codes(user):
    """The locales whose status `user` may read: None for every locale (site managers), a
    translator's own languages, or an empty list (no access)."""
    if not user.is_active:
        return []
    if user_can_submit_translations(user):
        return None
    return translator_locale_codes(user)


def user_can_view_translation_status(user):
    """Site managers, and translators for their own languages."""
    return report_locale_codes(user) != []


def page_models():
    """Concrete page models, including Wagtail's own ``Page``."""
    return [model for model in get_page_models() if not model._meta.abstract]


def snippet_models():
    """Registered snippets that are translated (the model that holds ``translation_key``)."""
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin) and model.get_translation_model() is model
    ]


def content_type_choices():
    """``(model label, name)`` for every model the report can show, pages first."""
    return [(model._meta.label_lower, model._meta.verbose_name) for model in page_models()] + [
        (model._meta.label_lower, model._meta.verbose_name) for model in snippet_models()
    ]


def target_locales():
    """Configured locales in ``WAGTAIL_CONTENT_LANGUAGES`` order (one query)."""
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    locales = [locale for locale in Locale.objects.all() if locale.language_code in order]
    return sorted(locales, key=lambda locale: order.index(locale.language_code))


@dataclass
class StatusItem:
    """One source object in one target locale."""

    title: str
    model: type
    source_pk: object
    source_locale: Locale
    locale: Locale
    status: str
    target_pk: object = None
    managed: bool = False  # the translation is an enabled wagtail-localize Translation
    translation_key: object = None
    coverage: object = None  # a `translations.coverage.Coverage`, set by the report view

    @property
    def selection_value(self):
        """How the report's checkbox names the source object for "Create job"."""
        return f"{self.content_type}:{self.source_pk}"

    @property
    def coverage_percent(self):
        return self.coverage.percent if self.coverage else ""

    @property
    def needs_revision(self):
        return self.coverage.needs_revision if self.coverage else ""

    glossary_warnings: int = 0  # set for the rows shown (`translations.glossary.report`)

    @property
    def is_page(self):
        return issubclass(self.model, Page)

    @property
    def content_type(self):
        return self.model._meta.label_lower

    @property
    def content_type_name(self):
        return capfirst(self.model._meta.verbose_name)

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def language(self):
        return self.locale.get_display_name()

    @property
    def source_language(self):
        return self.source_locale.get_display_name()

    @property
    def url(self):
        """The translation editor of an existing translation; the Translate form otherwise."""
        if self.target_pk is not None:
            return self._edit_url(self.target_pk)
        if self.is_page:
            return reverse("wagtail_localize:submit_page_translation", args=[self.source_pk])
        return reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[self.model._meta.app_label, self.model._meta.model_name, quote(self.source_pk)],
        )

    @property
    def source_url(self):
        return self._edit_url(self.source_pk)

    def _edit_url(self, pk):
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[pk])
        return reverse(self.model.snippet_viewset.get_url_name("edit"), args=[quote(pk)])


@dataclass
class LocaleSummary:
    locale: Locale
    up_to_date: int = 0
    out_of_date: int = 0
    missing: int = 0

    @property
    def total(self):
        return self.up_to_date + self.out_of_date + self.missing


@dataclass
class TranslationStatus:
    locales: list  # the target locales shown
    items: list = field(default_factory=list)

    def summary(self):
        """One ``LocaleSummary`` per locale shown, in configured order."""
        rows = {locale.pk: LocaleSummary(locale) for locale in self.locales}
        for item in self.items:
            row = rows[item.locale.pk]
            setattr(row, item.status, getattr(row, item.status) + 1)
        return list(rows.values())
