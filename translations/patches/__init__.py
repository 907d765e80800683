"""Workarounds for gaps in wagtail-localize 1.14, one module per gap.

Each module's docstring names the upstream issue (or says that none is filed) and the condition
under which the module can be deleted. Nothing here registers a hook or is imported for its side
effects: `translations.wagtail_hooks` registers what needs registering, and the settings name the
middleware (`translations.middleware`) and the machine translator by dotted path.

- `deepl_errors`: DeepL failures become a message, not a 500; English targets get a variant.
- `snippet_locale_rights`: per-locale rights on wagtail-localize's string, PO and
  machine-translation endpoints.
- `review_before_publish`: "Submit to <workflow>" in wagtail-localize's translation editor.
- `draft_without_publishing`: saving a translation as a draft revision without touching the live
  page.
"""
