"""Leave the translation workflow something real to show: one Latvian translation awaiting
review, and one Lithuanian page changed after it was translated (its translations out of date).

Both are made only once: a page that has ever been in a workflow, or a source page that already
carries the changed text, is left alone.
"""

from django.test.utils import override_settings
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from news.models import NewsIndexPage
from translations.patches.draft_without_publishing import save_translation_draft

# The Lithuanian news index's introduction, as communications staff rewrote it after the page
# had been translated: its Latvian and English translations lack this sentence until synced.
CHANGED_NEWS_INTRO = (
    "Projektų naujienos, mokymai, mugės ir vebinarai, taip pat kvietimai teikti paraiškas."
)
QUIET_EMAIL = "django.core.mail.backends.locmem.EmailBackend"


def submit_translation_for_review(source_page, locale, translator, tally):
    """The translator saves the `locale` translation of `source_page` as a draft and submits it
    to its workflow ("Translation review"), as the translation editor's submit button does."""
    target = source_page.get_translation(locale)
    if target.workflow_states.exists():
        tally.present("translation in review")
        return target
    translation = Translation.objects.get(
        source__object_id=source_page.translation_key, target_locale=locale
    )
    save_translation_draft(translation, translator)
    target = Page.objects.get(pk=target.pk).specific
    # Wagtail e-mails the reviewers; the demo's reviewer has no real mailbox.
    with override_settings(EMAIL_BACKEND=QUIET_EMAIL):
        target.get_workflow().start(target, translator)
    tally.created("translation in review")
    return target


def change_source_after_translation(page, editor, tally):
    """Publish a new introduction on a translated Lithuanian page and refresh its translation
    source, without syncing the translations: they are now out of date."""
    page = type(page).objects.get(pk=page.pk)
    if page.intro == CHANGED_NEWS_INTRO:
        tally.present("out-of-date source")
        return page
    page.intro = CHANGED_NEWS_INTRO
    page.save_revision(user=editor, log_action=True).publish(user=editor)
    TranslationSource.objects.get_for_instance(page).update_from_db()
    tally.created("out-of-date source")
    return page


def build_review_examples(frame, locales, users, tally):
    submit_translation_for_review(
        frame["standard"][0], locales["lv"], users["translator-lv"], tally
    )
    change_source_after_translation(frame[NewsIndexPage], users["editor"], tally)
