"""The middleware the settings list. Each but `MemoryFirstMiddleware` (the translation memory's,
`translations.memory.machine`) works around a wagtail-localize gap and lives in that gap's
module (`translations.patches`); it goes from MIDDLEWARE when its module is deleted."""

from translations.memory.machine import MemoryFirstMiddleware
from translations.patches.alias_conversion_rights import AliasConversionRightsMiddleware
from translations.patches.deepl_errors import MachineTranslationErrorMiddleware
from translations.patches.snippet_locale_rights import SnippetTranslationLocaleMiddleware

__all__ = [
    "AliasConversionRightsMiddleware",
    "MachineTranslationErrorMiddleware",
    "MemoryFirstMiddleware",
    "SnippetTranslationLocaleMiddleware",
]
