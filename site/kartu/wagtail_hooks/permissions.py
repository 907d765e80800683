"""Kept only for `reference_data`, which imports the translatable snippets' viewset from here.

The per-locale rights moved to the `translations` app (`translations.policy`, hooks in
`translations.wagtail_hooks`); this module registers no hooks. Delete it when `reference_data`
moves out of the project package and takes its viewset base from where it lands.
"""

from translations.views.snippets import TranslatableSnippetViewSet

__all__ = ["TranslatableSnippetViewSet"]
