"""Keep a translation whose source string changed on sync, as a string needing revision.

Gap: when the source of a translated page or snippet changes and is synced
(`TranslationSource.update_from_db`, or `update_or_create_from_instance` from "Sync translated
pages"), wagtail-localize 1.14 extracts the changed text as a new `String` and gives its
`StringSegment` no translation: the translator starts from an empty field and never sees what
they wrote before nor what changed (wagtail-localize#502, open; #876 asks for the diff). The old
`StringTranslation` row is left behind, tied to the old string, and nothing shows it; deleting
the object or its translations removes it.

How it is filled in, around wagtail-localize: both sync paths save the `TranslationSource` and
then call `refresh_segments()`, which creates a `StringSegment` for each new string. On the
source's `post_save` (segments still the old ones) `remember_segments` notes each place's
(`TranslationContext`) old string and that string's translations; on each new `StringSegment`'s
`post_save`, `record_revisions` compares the place's old string with the new one and, for every
locale that had a translation and has none of the new string, records a `StringRevision` with
the old source text and the old translation. `connect()` (called by the app config) attaches the
two receivers; importing this module registers nothing.

Delete this module, `connect()` in `translations.apps` and the "Keep previous" panel (with
site/static/js/translation-revisions.js and css/translation-revisions.css) when
wagtail-localize keeps (or offers) the previous translation of a changed string on sync.
"""

from collections import defaultdict

from django.db.models.signals import post_save
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from translations.revisions.models import StringRevision

SNAPSHOT = "_kartu_segments_before_sync"


def remember_segments(sender, instance, created, **kwargs):
    """Before `refresh_segments()` runs: {context id: [(order, string id, text, {locale id:
    translation})]} of the source's current segments (two queries)."""
    if created:
        return
    places = defaultdict(list)
    segments = list(
        StringSegment.objects.filter(source=instance).values_list(
            "context_id", "order", "string_id", "string__data"
        )
    )
    if not segments:
        return
    translations = defaultdict(dict)
    for string_id, context_id, locale_id, data in StringTranslation.objects.filter(
        translation_of_id__in={string_id for _c, _o, string_id, _d in segments},
        context_id__in={context_id for context_id, _o, _s, _d in segments},
        has_error=False,
    ).values_list("translation_of_id", "context_id", "locale_id", "data"):
        translations[string_id, context_id][locale_id] = data
    for context_id, order, string_id, text in segments:
        places[context_id].append((order, string_id, text, translations[string_id, context_id]))
    setattr(instance, SNAPSHOT, places)


def previous_of(place, order):
    """The old segment of a place: the one at the same position, else the place's only one."""
    same_order = [entry for entry in place if entry[0] == order]
    if same_order:
        return same_order[0]
    return place[0] if len(place) == 1 else None


def record_revisions(sender, instance, created, **kwargs):
    if not created:
        return
    place = getattr(instance.source, SNAPSHOT, {}).get(instance.context_id)
    previous = place and previous_of(place, instance.order)
    if not previous or previous[1] == instance.string_id or not previous[3]:
        return
    _order, _string_id, old_text, old_translations = previous
    translated_now = set(
        StringTranslation.objects.filter(
            translation_of_id=instance.string_id, context_id=instance.context_id
        ).values_list("locale_id", flat=True)
    )
    for locale_id, translation in old_translations.items():
        if locale_id in translated_now:
            continue
        StringRevision.objects.update_or_create(
            context_id=instance.context_id,
            locale_id=locale_id,
            string_id=instance.string_id,
            defaults={
                "source": instance.source,
                "previous_source": old_text,
                "previous_translation": translation,
            },
        )


def connect():
    post_save.connect(remember_segments, sender=TranslationSource, dispatch_uid=SNAPSHOT)
    post_save.connect(record_revisions, sender=StringSegment, dispatch_uid=f"{SNAPSHOT}_record")
