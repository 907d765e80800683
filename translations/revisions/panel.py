"""What the translation editor shows of one translation's strings needing revision: above
wagtail-localize's editor, the "What changed" panel; beside each string, the same entry, moved
there by site/static/js/translation-revisions.js, which finds the string by its segment."""

from django.db.models import OuterRef, Subquery
from django.urls import reverse
from wagtail_localize.models import StringSegment

from translations.revisions.diff import word_diff
from translations.revisions.models import StringRevision


def revisions_panel_context(translation):
    """The open revisions of `translation` (a wagtail-localize Translation): one query.

    Each carries its `StringSegment`'s id and source text, the two things the editor's React
    app renders of a string (its props' `segments[].id`, and the text of the string's source
    paragraph), so that the script can place the entry beside that string."""
    segment = StringSegment.objects.filter(
        source_id=OuterRef("source_id"),
        context_id=OuterRef("context_id"),
        string_id=OuterRef("string_id"),
    ).values("pk")[:1]
    revisions = (
        StringRevision.objects.open()
        .filter(source_id=translation.source_id, locale_id=translation.target_locale_id)
        .select_related("string")
        .annotate(segment_id=Subquery(segment))
        .order_by("pk")
    )
    return [
        {
            "segment_id": revision.segment_id,
            "source_text": revision.string.data,
            "diff": word_diff(revision.previous_source, revision.string.data),
            "previous_translation": revision.previous_translation,
            "action": reverse("translations_keep_previous", args=[revision.pk]),
        }
        for revision in revisions
    ]
