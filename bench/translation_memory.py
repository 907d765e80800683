"""How long the translation memory takes to answer a page: `suggest_many` for 50 strings
(10 remembered exactly, 20 with one word changed, 20 new) against a memory of N remembered
strings, on the database DATABASE_URL names (its test database, kept between runs).

    DJANGO_SETTINGS_MODULE=kartu.settings.test PYTHONPATH=site:. \
        .venv/bin/python -m bench.translation_memory 3000

Everything it writes is rolled back. It prints the median of five runs and, for comparison,
the same 50 strings asked one at a time with `suggest`.
"""

import random
import statistics
import sys
import time

import django

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail_localize.models import (  # noqa: E402
    String,
    StringTranslation,
    TranslatableObject,
    TranslationContext,
)

from translations.memory import suggest, suggest_many  # noqa: E402

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
    source, target = (Locale.objects.get_or_create(language_code=code)[0] for code in ("lt", "lv"))
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
                locale=target,
                context=context,
                data=f"[lv] {string.data}",
                translation_type="manual",
            )
            for string, context in zip(strings, contexts, strict=True)
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
    return exact + changed + [sentence(rng) + " naujas" for _ in range(20)]


def timed(call, runs=5):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(size):
    connection.creation.create_test_db(keepdb=True, verbosity=0)
    rng = random.Random(13)
    with transaction.atomic():
        texts, source, target = build_memory(size, rng)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        page = page_of(texts, rng)
        found = suggest_many(page, source, target)
        bulk = timed(lambda: suggest_many(page, source, target))
        single = timed(lambda: [suggest(text, source, target) for text in page], runs=1)
        answered = sum(1 for text in page if found.get(text))
        print(
            f"{connection.vendor}: memory of {len(texts)} strings, page of {len(page)}: "
            f"suggest_many {bulk * 1000:.0f} ms (median of 5), one by one {single * 1000:.0f} "
            f"ms; {answered} strings have a match"
        )
        transaction.set_rollback(True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
