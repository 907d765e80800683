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
