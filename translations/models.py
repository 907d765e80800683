"""The app's models, registered with Django from here; each lives beside its feature."""

from translations.glossary.models import DeepLGlossary, GlossaryTerm
from translations.jobs.models import TranslationJob, TranslationJobItem
from translations.revisions.models import StringRevision
from translations.translator_groups import TranslatorGroup

__all__ = [
    "DeepLGlossary",
    "GlossaryTerm",
    "StringRevision",
    "TranslationJob",
    "TranslationJobItem",
    "TranslatorGroup",
]
