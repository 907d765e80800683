"""Translating demo pages and snippets through wagtail-localize's own machinery.

For each object: wagtail-localize extracts its source strings (TranslationSource, String,
StringSegment); we record a StringTranslation for every segment from the demo's catalogue
(built from its data files), then `Translation.save_target()` builds the translated page or
snippet exactly as the translation editor's "Publish" button does. Objects the source refers
to (programmes, organisations, disclaimers, regions) are translated first, like
wagtail-localize's TranslationCreator does.
"""

from django.core.management.base import CommandError
from django.db import connection
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from .text import normalise


class MissingDemoTranslation(CommandError):
    pass


def translate(instance, locale, catalogue, tally, user=None, dependency=False, leave=()):
    """Return `instance`'s translation into `locale`, creating it if the demo has not yet;
    `catalogue` (a text.Catalogue) holds the demo's translations of its strings.

    Objects in `leave` are not translated first: the translation keeps pointing at them in
    their own language, as wagtail-localize's "Publish" does when a translator publishes a page
    whose snippet nobody has translated (a gap the compliance report finds)."""
    if isinstance(instance, Page):
        instance = instance.specific
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        if not dependency:
            tally.present("translation")
        return existing.specific if isinstance(existing, Page) else existing
    # Extract strings from the stored object: list items only get ids (and so translatable
    # segments) once saved.
    instance = type(instance)._default_manager.get(pk=instance.pk)

    source, _created = TranslationSource.get_or_create_from_instance(instance)
    for segment in source.relatedobjectsegment_set.select_related("object"):
        related = segment.object.get_instance(instance.locale)
        if related not in leave:
            translate(related, locale, catalogue, tally, user, dependency=True)

    fill_strings(source, locale, catalogue, user)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    save_target(translation, instance, user)
    tally.created("translation")
    target = instance.get_translation(locale)
    return target.specific if isinstance(target, Page) else target


def fill_strings(source, locale, catalogue, user):
    """Record the demo's translation of every string of `source`; fail on any that lacks one."""
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    done = set(
        StringTranslation.objects.filter(
            locale=locale, context__object_id=source.object_id
        ).values_list("translation_of_id", "context_id")
    )
    missing, new = [], []
    for segment in segments:
        text = catalogue.lookup(locale.language_code, segment.string.data)
        if text is None:
            missing.append(f"  {segment.context.path}: {segment.string.data!r}")
        elif (segment.string_id, segment.context_id) not in done:
            done.add((segment.string_id, segment.context_id))
            new.append(
                StringTranslation(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    data=normalise(text),
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                    last_translated_by=user,
                )
            )
    if missing:
        raise MissingDemoTranslation(
            f"The demo has no {locale.language_code} text for these strings of "
            f"“{source.object_repr}”:\n" + "\n".join(missing)
        )
    # Plain-text translations of plain-text strings: nothing for StringTranslation.save() to
    # check, so one insert serves them all.
    StringTranslation.objects.bulk_create(new)


def save_target(translation, instance, user):
    """Save (and for pages publish) the translated object.

    `save_target(publish=True)` publishes a page in a `transaction.on_commit` callback. The
    loader runs in one transaction (all or nothing, and fast on SQLite), and tests run inside
    one too, where such a callback would run late or never: there we save the translation as a
    draft revision and publish that revision at once, which is what the callback would do.
    """
    if isinstance(instance, Page) and connection.in_atomic_block:
        translation.save_target(user=user, publish=False)
        target = instance.get_translation(translation.target_locale)
        target.get_latest_revision().publish(user=user)
    else:
        translation.save_target(user=user, publish=True)
