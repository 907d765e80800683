"""What the translation editor's side panel shows: for each untranslated string its best
matches in the memory, the glossary terms each source string contains, and the glossary
check's warnings. A fixed number of queries, whatever the number of strings."""

from django.urls import reverse
from django.utils.html import strip_tags
from wagtail_localize.models import StringSegment

from translations.glossary.check import check, terms_for, terms_in
from translations.memory.fill import untranslated_segments
from translations.memory.rights import may_edit_translation
from translations.memory.search import suggest_many


def panel_context(request, translation):
    source_locale, target_locale = translation.source.locale, translation.target_locale
    untranslated = untranslated_segments(translation)
    found = suggest_many(
        [segment.string.data for segment in untranslated], source_locale, target_locale
    )
    suggestions = [
        {
            "segment": segment,
            "source_text": strip_tags(segment.string.data),
            "matches": [
                {
                    "percent": round(match.score * 100),
                    "target_text": match.target_text,
                    "shown_text": strip_tags(match.target_text),
                    "where": match.where,
                }
                for match in found[segment.string.data]
            ],
        }
        for segment in untranslated
        if found.get(segment.string.data)
    ]
    terms = terms_for(source_locale, target_locale)
    glossary = []
    if terms:
        for text in (
            StringSegment.objects.filter(source_id=translation.source_id)
            .order_by("order")
            .values_list("string__data", flat=True)
        ):
            contained = terms_in(text, terms)
            if contained:
                glossary.append({"source_text": strip_tags(text), "terms": contained})
    return {
        "suggestions": suggestions,
        "untranslated": len(untranslated),
        "glossary": glossary,
        "warnings": check(translation),
        "may_edit": may_edit_translation(request.user, translation),
        "action": reverse("translations_memory_use", args=[translation.pk]),
        "next": request.get_full_path(),
    }
