from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Translator features: roles, per-locale rights, review, machine translation, status,
    strings needing revision and translation jobs."""

    name = "translations"
    label = "translations"
    verbose_name = _("Translations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from translations.jobs import completion
        from translations.revisions import translation_lost_on_sync

        # Signal receivers: previous translations kept on sync, finished job items to review.
        translation_lost_on_sync.connect()
        completion.connect()
