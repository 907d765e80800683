"""`manage.py generate_content`: add a large multilingual site's worth of pages, for load
benchmarks.

    manage.py generate_content --news 10000 --members 1000 --projects 200 [--locales lt,lv]
                               [--seed 1]

Adds the given number of news posts, cluster member profiles and projects, each in the default
language and translated into every other configured language (or those of --locales), to the
site there is; where the site lacks a home page, the news, project and cluster indexes or a
cluster, it builds them, and it uses (or builds) the demo's reference data. Running it again
adds as many again: slugs stay unique and the page tree stays valid.

What a generated page leaves in the database:
- its page rows, live, with no revision (Wagtail edits a page with none as it is);
- a translation is a page of the same type with its source's translation_key and slug under
  the translated parent, texts marked with the language ("[lv] …"): what wagtail-localize's
  copy leaves. Links to snippets point at their translations, many-to-many fields (categories,
  craft sectors) and links to pages (related projects) at the source's, as wagtail-localize
  leaves them;
- its search index entries and its reference index rows.

It leaves no wagtail-localize rows (TranslationSource, String, StringSegment, Translation,
StringTranslation) for generated pages, so translators cannot open them in wagtail-localize's
editor (Wagtail's own editor opens them). Made through wagtail-localize's API, as "Translate
this page" and a translator would, they cost about 60 ms per source page for the source and its
segments and 7 ms for the string translations into four languages: some 13 minutes for the
11,200 source pages of `--news 10000 --members 1000 --projects 200`, where everything else
takes about three. Writing them in bulk would mean copying wagtail-localize's internal formats
(string hashes, segment paths, the serialised source), which a wagtail-localize upgrade could
break without notice. The frame and the snippets (a few dozen objects) do go through
wagtail-localize, as the demo's do.
"""

import argparse
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from home.shared_cache import bump
from kartu.demo.bulk.generate import Steps, generate
from kartu.demo.indexing import deferred_indexing, refresh_planner_statistics
from kartu.demo.signals import no_automatic_redirects
from pagecache.purge import Purge


def count(value):
    """A number of pages: a whole number, zero or more."""
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"not a number of pages: {value!r}")
    return int(value)


class RichSteps(Steps):
    """Shows each step as a progress bar."""

    def __init__(self, bars):
        self.bars, self.tasks = bars, {}

    def start(self, step, total):
        self.tasks[step] = self.bars.add_task(step, total=total)

    def advance(self, step, count):
        self.bars.advance(self.tasks[step], count)


class Command(BaseCommand):
    help = (
        "Add generated news posts, member profiles and projects in every language, for load "
        "benchmarks. Running it again adds more."
    )

    def add_arguments(self, parser):
        parser.add_argument("--news", type=count, default=0, help="News posts to add.")
        parser.add_argument("--members", type=count, default=0, help="Member profiles to add.")
        parser.add_argument("--projects", type=count, default=0, help="Projects to add.")
        parser.add_argument(
            "--locales",
            default="",
            help="Comma-separated language codes to translate into (default: every language).",
        )
        parser.add_argument("--seed", type=int, default=None, help="Seed: same seed, same site.")

    def handle(self, *args, **options):
        codes = [code.strip() for code in options["locales"].split(",") if code.strip()]
        configured = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        started = time.monotonic()
        console = Console(file=self.stdout, stderr=False)
        bars = Progress(
            TextColumn("{task.description:>16}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
        )
        # One transaction: a failed run leaves nothing half-built, and SQLite writes fast.
        with bars, no_automatic_redirects(), transaction.atomic(), deferred_indexing():
            tally = generate(
                options["news"],
                options["members"],
                options["projects"],
                codes=codes,
                configured=configured,
                seed=options["seed"],
                progress=RichSteps(bars),
            )
        # Bulk inserts send no signals: every cached page and frame value of every language
        # may be out of date now.
        refresh_planner_statistics()
        everything = Purge()
        everything.add_language(None)
        everything.apply()
        bump()
        self.stdout.write(f"Content generated in {time.monotonic() - started:.1f} s:")
        for line in tally.lines():
            self.stdout.write(line)
