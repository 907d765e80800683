"""The glossary as CSV: the columns the listing's "Download CSV" writes are the columns
"Import CSV" reads, so a spreadsheet can go out, be edited and come back.

Columns: source_language, term, target_language, translation, note, do_not_translate
(language codes such as "lt"; do_not_translate is "yes"/"no", "true"/"false" or "1"/"0"). A row
whose language pair and term already exist updates that term; any other row adds one.
"""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Locale

from translations.glossary.models import GlossaryTerm

COLUMNS = [
    "source_language",
    "term",
    "target_language",
    "translation",
    "note",
    "do_not_translate",
]
TRUE = {"1", "yes", "true", "y", "taip", "jā", "tak", "да"}
MAX_BYTES = 1_000_000


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    errors: list = field(default_factory=list)  # (line number, message)


def import_csv(data, may_manage):
    """Add or update terms from CSV bytes; `may_manage(locale)` says whether the importing user
    may write terms into that target locale. Rows with errors are skipped and reported."""
    result = ImportResult()
    if len(data) > MAX_BYTES:
        result.errors.append((0, _("The file is larger than 1 MB.")))
        return result
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.errors.append((0, _("The file is not UTF-8 text.")))
        return result
    reader = csv.DictReader(io.StringIO(text))
    missing = set(COLUMNS[:4]) - set(reader.fieldnames or [])
    if missing:
        result.errors.append(
            (1, _("Missing columns: %(columns)s.") % {"columns": ", ".join(sorted(missing))})
        )
        return result
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for line, row in enumerate(reader, start=2):
        error = _import_row(row, locales, may_manage, result)
        if error:
            result.errors.append((line, error))
    return result


def _import_row(row, locales, may_manage, result):
    value = {name: (row.get(name) or "").strip() for name in COLUMNS}
    source, target = locales.get(value["source_language"]), locales.get(value["target_language"])
    if source is None or target is None:
        return _("Unknown language code.")
    if not may_manage(target):
        return _("You may not change terms for this target language.")
    term = GlossaryTerm.objects.filter(
        source_locale=source, target_locale=target, term=value["term"]
    ).first()
    created = term is None
    term = term or GlossaryTerm(source_locale=source, target_locale=target, term=value["term"])
    term.translation = value["translation"]
    term.note = value["note"]
    term.do_not_translate = value["do_not_translate"].lower() in TRUE
    try:
        term.full_clean()
    except ValidationError as error:
        return " ".join(message for messages in error.message_dict.values() for message in messages)
    term.save()
    if created:
        result.added += 1
    else:
        result.updated += 1
    return None
