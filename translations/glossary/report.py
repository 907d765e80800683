"""The glossary check in the translation status report: how many warnings each translation on
the report's page has, found in bulk (four queries, whatever the number of rows)."""

from wagtail_localize.models import Translation

from translations.glossary.check import check_many


def add_glossary_warnings(items):
    """Set `glossary_warnings` (a count) on each status item managed by wagtail-localize."""
    keys = {item.translation_key for item in items if item.managed}
    translations = list(
        Translation.objects.filter(enabled=True, source__object_id__in=keys).select_related(
            "source"
        )
        if keys
        else []
    )
    found = check_many(translations)
    counts = {
        (t.source.object_id, t.source.locale_id, t.target_locale_id): len(found[t.pk])
        for t in translations
    }
    for item in items:
        item.glossary_warnings = counts.get(
            (item.translation_key, item.source_locale.pk, item.locale.pk), 0
        )
    return items
