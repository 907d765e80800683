"""What the "What changed" panel above wagtail-localize's editor shows of one translation."""

from django.urls import reverse

from translations.revisions.diff import word_diff
from translations.revisions.models import StringRevision


def revisions_panel_context(translation):
    """The open revisions of `translation` (a wagtail-localize Translation): one query."""
    revisions = (
        StringRevision.objects.open()
        .filter(source_id=translation.source_id, locale_id=translation.target_locale_id)
        .select_related("string")
        .order_by("pk")
    )
    return [
        {
            "diff": word_diff(revision.previous_source, revision.string.data),
            "previous_translation": revision.previous_translation,
            "action": reverse("translations_keep_previous", args=[revision.pk]),
        }
        for revision in revisions
    ]
