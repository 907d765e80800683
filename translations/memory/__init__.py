"""Translation memory: every string translated so far, per language pair, searchable by
similarity (wagtail-localize issue #657 asks for it; WPML's memory is the bar).

The memory is wagtail-localize's own data: each error-free `StringTranslation` is a target text
of its `String` (the source text, in the source locale). Nothing is copied into a table of ours,
so the memory is always current and a deleted page takes its strings with it.

- `suggest(text, source_locale, target_locale, limit=3)`: the best matches of one text.
- `suggest_many(texts, source_locale, target_locale, limit=3)`: a whole page at once.
- `fill_exact_matches(translation, user)` and `translate_with_memory(translation, user)`
  (`translations.memory.fill`): memory first, then the machine translator.
- `words_saved(translation)`: the source words of the strings the memory filled.
"""

from translations.memory.fill import fill_exact_matches, translate_with_memory, words_saved
from translations.memory.search import Match, suggest, suggest_many

__all__ = [
    "Match",
    "fill_exact_matches",
    "suggest",
    "suggest_many",
    "translate_with_memory",
    "words_saved",
]
