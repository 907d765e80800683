"""How the translation memory's answer for a page grows with the memory, measured side by side
in one run: `suggest_many` for a page of 50 strings (10 remembered exactly, 20 with one word
changed, 20 new) against memories of 300 and 3,000 remembered strings (or the sizes given), on
the database DATABASE_URL names (SQLite when unset; its test database, kept between runs).

    make bench-memory                                   # 300 and 3,000 strings
    .venv/bin/python bench/translation_memory.py 300 3000 30000

Each memory is one language pair (lt → lv) among two: every string is also translated into
Polish, which a search for Latvian must pass over. For each size it prints the median of five
`suggest_many` calls, its SQL queries, the same 50 strings asked one at a time with `suggest`,
and how many strings found a match; then each size's ratio to the smallest. The load average
is printed before and after: a shared machine's numbers are only comparable within one run.
Everything it writes is rolled back.
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kartu.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail_localize.models import (  # noqa: E402
    String,
    StringTranslation,
    TranslatableObject,
    TranslationContext,
)

from translations.memory import suggest, suggest_many  # noqa: E402

SIZES = (300, 3000)
PAGE = 50
RUNS = 5

WORDS = [
    "amatininkai",
    "susitiko",
    "aptarti",
    "bendrų",
    "mugių",
    "mokymų",
    "plano",
    "ateinantiems",
    "metams",
    "projektas",
    "partneriai",
    "Tauragės",
    "Suvalkų",
    "regiono",
    "kultūros",
    "paveldo",
    "audėjai",
    "keramikai",
    "kalviai",
    "dirbtuvės",
    "programa",
    "finansuoja",
    "Europos",
    "Sąjunga",
    "bendradarbiavimas",
    "savivaldybė",
    "vietos",
    "veiklos",
    "grupė",
    "parodoje",
    "dalyvavo",
    "lankytojai",
    "gaminiai",
    "tradicijos",
    "jaunimas",
    "mokykla",
    "seminaras",
    "vyks",
    "birželio",
]


SYLLABLES = ["ka", "ra", "mi", "to", "vė", "lis", "nas", "ge", "du", "šu", "ro", "pa", "bel", "kri"]


def vocabulary(rng, size=3000):
    """Common words shared by many sentences, and rarer made-up ones: real text's mixture."""
    rare = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size)}
    return sorted(rare)


def sentence(rng, rare=()):
    words = [
        rng.choice(WORDS) if not rare or rng.random() < 0.4 else rng.choice(rare)
        for _ in range(rng.randint(8, 20))
    ]
    return " ".join(words).capitalize() + "."


def build_memory(size, rng):
    source, target, other = (
        Locale.objects.get_or_create(language_code=code)[0] for code in ("lt", "lv", "pl")
    )
    page_type = ContentType.objects.get_for_model(Page)
    rare = vocabulary(rng)
    texts = list(dict.fromkeys(sentence(rng, rare) for _ in range(size)))
    objects = TranslatableObject.objects.bulk_create(
        [
            TranslatableObject(
                translation_key=f"00000000-0000-4000-8000-{n:012d}", content_type=page_type
            )
            for n in range(len(texts) // 20 + 1)
        ]
    )
    strings = String.objects.bulk_create(
        [String(locale=source, data=text, data_hash=String._get_data_hash(text)) for text in texts]
    )
    contexts = TranslationContext.objects.bulk_create(
        [
            TranslationContext(
                object=objects[n // 20],
                path=f"body.{n}",
                path_id=TranslationContext._get_path_id(f"body.{n}"),
                field_path="body",
            )
            for n in range(len(texts))
        ]
    )
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of=string,
                locale=locale,
                context=context,
                data=f"[{locale.language_code}] {string.data}",
                translation_type="manual",
            )
            for string, context in zip(strings, contexts, strict=True)
            for locale in (target, other)
        ]
    )
    return texts, source, target


def page_of(texts, rng):
    exact = rng.sample(texts, 10)
    changed = []
    for text in rng.sample(texts, 20):
        words = text.rstrip(".").split()
        words[rng.randrange(len(words))] = "pakeistas"
        changed.append(" ".join(words) + ".")
    return exact + changed + [sentence(rng) + " naujas" for _ in range(PAGE - 30)]


def timed(call, runs=RUNS):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(size):
    """One memory of `size` strings, rolled back: {"strings", "bulk", "queries", "single",
    "answered"}."""
    rng = random.Random(13)
    with transaction.atomic():
        texts, source, target = build_memory(size, rng)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        page = page_of(texts, rng)
        with CaptureQueriesContext(connection) as queries:
            found = suggest_many(page, source, target)
        result = {
            "strings": len(texts),
            "queries": len(queries),
            "answered": sum(1 for text in page if found.get(text)),
            "bulk": timed(lambda: suggest_many(page, source, target)),
            "single": timed(lambda: [suggest(text, source, target) for text in page], runs=1),
        }
        transaction.set_rollback(True)
    return result


def tidy():
    """On PostgreSQL, clear what the last rolled-back memory left: its rows stay in the tables
    and the trigram index as dead entries and empty pages until vacuumed and reindexed, and a
    nearest-first walk of the index would visit them all (a live site's strings are rarely
    deleted)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for model in (String, StringTranslation, TranslationContext, TranslatableObject):
            cursor.execute(f"VACUUM {model._meta.db_table}")
        cursor.execute(f"REINDEX TABLE {String._meta.db_table}")


def load():
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main(sizes):
    connection.creation.create_test_db(keepdb=True, verbosity=0)
    print(f"{connection.vendor}, a page of {PAGE} strings; load average {load()}")
    results = []
    for size in sizes:
        tidy()
        results.append(measure(size))
    print(
        f"{'strings':>8}{'suggest_many ms':>17}{'queries':>9}{'one by one ms':>15}{'matched':>9}"
        f"   ratio to {results[0]['strings']} (time, queries)"
    )
    first = results[0]
    for result in results:
        print(
            f"{result['strings']:>8}{result['bulk'] * 1000:>17.0f}{result['queries']:>9}"
            f"{result['single'] * 1000:>15.0f}{result['answered']:>9}"
            f"   {result['bulk'] / first['bulk']:.2f}x, "
            f"{result['queries'] / first['queries']:.2f}x"
        )
    print(f"suggest_many: median of {RUNS} calls; one by one: once. Load average now {load()}")


if __name__ == "__main__":
    main([int(size) for size in sys.argv[1:]] or SIZES)
