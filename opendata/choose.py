"""One row per project or profile: which of its translations a row shows.

keep.eu and the Art. 49 list hold one record per operation, so the files have one row per
project (per translation_key), not one per page. `?locale=xx` asks for the rows in that
language: a project with a live translation in it shows that translation, one without shows
its text in the site's source language (else in any language it has), and the row's
`language` column says which; `languages` lists every language the project is published in.
"""


def one_per_key(pages, language, source_language):
    """{translation_key: (chosen page, [language codes])}, in `pages`' order of first keys."""
    by_key = {}
    for page in pages:
        by_key.setdefault(page.translation_key, []).append(page)

    def rank(page):
        code = page.locale.language_code
        return (code != language, code != source_language, page.pk)

    return {
        key: (min(versions, key=rank), sorted(p.locale.language_code for p in versions))
        for key, versions in by_key.items()
    }


class Translations:
    """Translatable objects (programmes, organisations, sectors) by translation_key and
    language: `pick(obj, language)` is obj's translation in `language`, else obj itself."""

    def __init__(self, objects):
        self.table = {}
        for obj in objects:
            self.table.setdefault(obj.translation_key, {})[obj.locale.language_code] = obj

    def pick(self, obj, language):
        if obj is None:
            return None
        return self.table.get(obj.translation_key, {}).get(language, obj)
