"""Helpers for showing translatable objects in the visitor's language without N+1 queries."""

from wagtail.models import Locale


def localize_all(objects):
    """Return `objects` with each replaced by its translation in the active locale, if any.

    One query for the whole list, instead of one `.localized` lookup per object.
    """
    objects = list(objects)
    if not objects:
        return objects
    locale = Locale.get_active()
    pending = {obj.translation_key for obj in objects if obj.locale_id != locale.pk}
    if not pending:
        return objects
    model = type(objects[0])
    translations = {
        obj.translation_key: obj
        for obj in model._default_manager.filter(translation_key__in=pending, locale=locale)
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


def one_per_translation(objects):
    """One object per translation_key, keyed by it: the active language's if among `objects`,
    else the default language's, else any. Select `locale` alongside to avoid a query each."""
    from django.conf import settings
    from django.utils.translation import get_language

    def rank(obj):
        code = obj.locale.language_code
        return 0 if code == get_language() else 1 if code == settings.LANGUAGE_CODE else 2

    chosen = {}
    for obj in sorted(objects, key=rank):
        chosen.setdefault(obj.translation_key, obj)
    return chosen
