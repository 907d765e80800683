"""Coverage: how much of a page or snippet is translated into a locale, computed in bulk.

For a source (wagtail-localize's `TranslationSource`) and a target locale:

- *strings*: the source's `StringSegment`s;
- *translated*: those with an error-free `StringTranslation` of their string, in their place
  (context), in the locale: what wagtail-localize's editor shows as translated;
- *needing revision*: open `StringRevision`s (`translations.revisions`): strings whose source
  changed since they were translated, not translated again yet.

Everything comes from at most four queries whatever the number of objects and locales: the
sources of the translation keys asked about, the strings per source, the translated strings per
source and locale, and the revisions per source and locale.
"""

from dataclasses import dataclass

from django.db.models import Count, F
from wagtail_localize.models import StringSegment, TranslationSource

from translations.revisions.models import StringRevision


@dataclass
class Coverage:
    strings: int = 0
    translated: int = 0
    needs_revision: int = 0

    @property
    def percent(self):
        """Whole per cent translated, rounded down (an object without strings is complete)."""
        if not self.strings:
            return 100
        return self.translated * 100 // self.strings

    @property
    def complete(self):
        return self.translated >= self.strings and not self.needs_revision


def coverage_by_source(source_ids, locale_ids):
    """{(source id, locale id): Coverage} for every pair asked about (three queries)."""
    source_ids, locale_ids = list(source_ids), list(locale_ids)
    result = {
        (source_id, locale_id): Coverage() for source_id in source_ids for locale_id in locale_ids
    }
    if not result:
        return result
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(n=Count("pk"))
        .values_list("source_id", "n")
    )
    translated = (
        StringSegment.objects.filter(
            source_id__in=source_ids,
            string__translations__locale_id__in=locale_ids,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(n=Count("pk"))
        .values_list("source_id", "string__translations__locale_id", "n")
    )
    revisions = (
        StringRevision.objects.open()
        .filter(source_id__in=source_ids, locale_id__in=locale_ids)
        .values("source_id", "locale_id")
        .annotate(n=Count("pk"))
        .values_list("source_id", "locale_id", "n")
    )
    for (source_id, _locale_id), coverage in result.items():
        coverage.strings = totals.get(source_id, 0)
    for source_id, locale_id, n in translated:
        result[source_id, locale_id].translated = n
    for source_id, locale_id, n in revisions:
        result[source_id, locale_id].needs_revision = n
    return result


def sources_by_key(translation_keys):
    """{translation key: (id, locale id) of its source}: the first `TranslationSource` made for
    each key, as the status report takes it (`translations.status`). One query."""
    sources = {}
    for object_id, pk, locale_id in (
        TranslationSource.objects.filter(object_id__in=set(translation_keys))
        .order_by("created_at", "pk")
        .values_list("object_id", "pk", "locale_id")
    ):
        sources.setdefault(object_id, (pk, locale_id))
    return sources


def coverage_by_key(pairs):
    """{(translation key, locale id): Coverage or None} for `pairs` of a translatable object's
    key and a target locale id; None when the object was never submitted for translation or the
    locale is its source's. At most four queries."""
    pairs = list(pairs)
    if not pairs:
        return {}
    sources = sources_by_key(key for key, _locale in pairs)
    by_source = coverage_by_source(
        {pk for pk, _locale in sources.values()}, {locale_id for _key, locale_id in pairs}
    )
    result = {}
    for key, locale_id in pairs:
        source_id, source_locale_id = sources.get(key, (None, None))
        result[key, locale_id] = (
            by_source.get((source_id, locale_id))
            if source_locale_id not in (None, locale_id)
            else None
        )
    return result


def attach_coverage(items):
    """Set `item.coverage` on status report items (`translations.status_items.StatusItem`)."""
    coverage = coverage_by_key((item.translation_key, item.locale.pk) for item in items)
    for item in items:
        item.coverage = coverage.get((item.translation_key, item.locale.pk))
    return items
