"""The demo's glossary (data/glossary.csv): programme and fund names, "lead partner", "LAG",
"co-financing rate" and the partner municipalities, from Lithuanian into Latvian, Polish,
English and Russian, a few of them names that stay as they are (do not translate).

The file has the columns of the glossary's own "Import CSV" (`translations.glossary.csv_io`),
and is read through it: a term already there is updated to what the file says. Nothing is sent
to DeepL here: the glossary is pushed to it when a machine translation first needs it.
"""

from pathlib import Path

from django.core.management.base import CommandError

from translations.glossary.csv_io import import_csv

GLOSSARY = Path(__file__).resolve().parent / "data" / "glossary.csv"


def build_glossary(tally, path=GLOSSARY):
    result = import_csv(path.read_bytes(), may_manage=lambda locale: True)
    if result.errors:
        lines = "\n".join(f"  line {line}: {message}" for line, message in result.errors)
        raise CommandError(f"The demo glossary has errors:\n{lines}")
    tally.created("glossary term", result.added)
    tally.present("glossary term", result.updated)
