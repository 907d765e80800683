"""Save a translation as a draft revision of its target page, leaving the live page as it is.

Gap: `Translation.save_target(publish=False)` saves the translated fields onto the page's own
row as well as into a revision, and the row is what visitors see of a live page: an unreviewed
translation would go live at once (found by experiment with wagtail-localize 1.14.5). No upstream
issue names this behaviour (searched the wagtail-localize tracker, November 2026); the nearest
are wagtail-localize#655 ("Support draft translation of live articles without publishing
immediately", open) and #299 ("No draft version of translated page", closed).

Delete this module when `save_target(publish=False)` writes only a revision (Wagtail's own
`save_revision()` behaviour) and `review_before_publish` can call it instead.
"""

from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail_localize.models import TranslationLog


def save_translation_draft(translation, user):
    """Save `translation` as a new draft revision of its target page and return the revision.

    The row keeps its content (Wagtail's `save_revision()` writes only its draft bookkeeping),
    and the translation log records the draft as wagtail-localize's own save does.
    """
    target = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    # As wagtail-localize does: a translated slug is made valid and unique among siblings.
    target.slug = find_available_slug(
        target.get_parent(), slugify(target.slug), ignore_page_id=target.pk
    )
    revision = target.save_revision(user=user, log_action=True)
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    return revision
