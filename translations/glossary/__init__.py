"""The glossary: terms that must always be translated the same way (programme and fund names,
"lead partner", LAG names), or never translated at all.

- `GlossaryTerm` (`translations.glossary.models`), managed under Settings → Glossary
  (`translations.glossary.admin`), with CSV import and export (`translations.glossary.csv_io`).
- `check(translation)` (`translations.glossary.check`): the strings whose translation misses a
  required term or translates a do-not-translate term.
- `terms_in(text, …)`: the terms a source text contains, for the editor's side panel.
- DeepL: one glossary per language pair, pushed when it changed and named in every request
  (`translations.glossary.deepl`).
"""
