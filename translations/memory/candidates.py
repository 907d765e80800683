"""What both ways of searching the memory return for each text: candidate rows."""

from typing import NamedTuple

from wagtail_localize.models import (
    String,
    StringTranslation,
    TranslatableObject,
    TranslationContext,
)


class Candidate(NamedTuple):
    score: float
    source_text: str
    target_text: str
    object_id: object  # the translation key of the page or snippet it was translated in
    content_type_id: int | None
    recency: float  # when it was last saved (a timestamp): the newer wins a tie


def memory_rows(source_locale_id, target_locale_id):
    """The memory of a language pair: error-free translations of strings in the source locale."""
    return StringTranslation.objects.filter(
        locale_id=target_locale_id,
        translation_of__locale_id=source_locale_id,
        has_error=False,
    )


TABLES = {
    "string": String._meta.db_table,
    "translation": StringTranslation._meta.db_table,
    "context": TranslationContext._meta.db_table,
    "object": TranslatableObject._meta.db_table,
}
