"""Memory first: fill a translation's untranslated strings that the memory holds exactly, then
machine-translate only what is left, and count the words the memory saved.

A string filled from the memory is saved through wagtail-localize's own `StringTranslation`
with `tool_name` set to `MEMORY_TOOL_NAME` (its editor then says "Translated with Translation
memory"), which is also how `words_saved` finds it again: a translator who changes the string
makes it their own (wagtail-localize clears `tool_name`) and it no longer counts as saved.
"""

import re

from django.db.models import Exists, OuterRef
from django.utils.html import strip_tags
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.views.edit_translation import apply_machine_translation

from translations.memory.search import exact_matches

MEMORY_TOOL_NAME = "Translation memory"  # stored on each string; wagtail-localize shows it
WORD = re.compile(r"\w+")


def count_words(text):
    return len(WORD.findall(strip_tags(text)))


def untranslated_segments(translation):
    """The source's string segments with no translation in the target locale (one query)."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=translation.target_locale_id,
    )
    return list(
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate(translated=Exists(translated))
        .filter(translated=False)
        .select_related("string")
        .order_by("order")
    )


def save_from_memory(segment, locale_id, text, user):
    """Save `text` as the translation of `segment`, marked as coming from the memory."""
    StringTranslation.objects.update_or_create(
        translation_of_id=segment.string_id,
        locale_id=locale_id,
        context_id=segment.context_id,
        defaults={
            "data": text,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": MEMORY_TOOL_NAME,
            "last_translated_by": user,
            "has_error": False,
            "field_error": "",
        },
    )


def fill_exact_matches(translation, user=None):
    """Fill every untranslated string of `translation` that the memory holds exactly; return
    how many strings were filled."""
    segments = untranslated_segments(translation)
    remembered = exact_matches(
        [segment.string.data for segment in segments],
        translation.source.locale_id,
        translation.target_locale_id,
    )
    filled = 0
    for segment in segments:
        text = remembered.get(segment.string.data)
        if text is not None:
            save_from_memory(segment, translation.target_locale_id, text, user)
            filled += 1
    return filled


def translate_with_memory(translation, user, machine_translator=None):
    """Memory first, then the machine translator (the configured one unless given) for the
    strings still untranslated. Returns (strings filled from memory, whether the machine
    translated anything). Raises what wagtail-localize's `apply_machine_translation` raises
    (PermissionDenied, Http404) and the translator's own failures."""
    filled = fill_exact_matches(translation, user)
    translator = machine_translator or get_machine_translator()
    machine = False
    if translator is not None and translator.can_translate(
        translation.source.locale, translation.target_locale
    ):
        machine = apply_machine_translation(translation.pk, user, translator)
    return filled, machine


def words_saved(translation):
    """How many source words of `translation` the memory translated: the words of each string
    whose current translation came from the memory unchanged (one query)."""
    from_memory = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=translation.target_locale_id,
        tool_name=MEMORY_TOOL_NAME,
    )
    texts = (
        StringSegment.objects.filter(source_id=translation.source_id)
        .filter(Exists(from_memory))
        .values_list("string__data", flat=True)
    )
    return sum(count_words(text) for text in texts)
