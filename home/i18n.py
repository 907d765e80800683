"""Helpers for showing translatable objects in the visitor's language without N+1 queries."""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from .shared_cache import shared


def active_locale():
    """`Locale.get_active()` without its query: the locales' ids come from the shared cache."""
    code = get_supported_content_language_variant(get_language() or settings.LANGUAGE_CODE)
    ids = shared(
        None, "locale_ids", lambda: dict(Locale.objects.values_list("language_code", "pk"))
    )
    if code not in ids:
        return Locale.get_active()  # Wagtail's own answer (or its error) for a missing locale
    return Locale(pk=ids[code], language_code=code)


def localized(obj):
    """`obj.localized` (its translation in the active language, else itself), one query less."""
    if obj is None:
        return None
    locale = active_locale()
    if obj.locale_id == locale.pk:
        return obj
    return obj.get_translation_or_none(locale) or obj


def localize_all(objects):
    """Return `objects` with each replaced by its translation in the active locale, if any.

    One query for the whole list, instead of one `.localized` lookup per object.
    """
    objects = list(objects)
    if not objects:
        return objects
    locale = active_locale()
    pending = {obj.translation_key for obj in objects if obj.locale_id != locale.pk}
    if not pending:
        return objects
    model = type(objects[0])
    translations = {
        obj.translation_key: obj
        for obj in model._default_manager.filter(translation_key__in=pending, locale=locale)
    }
    return [translations.get(obj.translation_key, obj) for obj in objects]


def localized_by_pk(queryset, pks, locale):
    """{chosen pk: (the object in `locale` if `queryset` has it, else the chosen one, the chosen
    one)} for objects an editor chose by pk, in one query. Chosen objects missing from
    `queryset` (deleted, unpublished) are left out."""
    chosen_keys = queryset.model._default_manager.filter(pk__in=pks).values("translation_key")
    objects = queryset.filter(Q(pk__in=pks) | Q(translation_key__in=chosen_keys, locale=locale))
    by_key = {}
    for obj in objects:
        versions = by_key.setdefault(obj.translation_key, {})
        if obj.pk in pks:
            versions["chosen"] = obj
        if obj.locale_id == locale.pk:
            versions["localized"] = obj
    return {
        versions["chosen"].pk: (versions.get("localized") or versions["chosen"], versions["chosen"])
        for versions in by_key.values()
        if "chosen" in versions
    }


def locale_rank(obj):
    """Sort key: the active language's objects first, then the default language's, then any.
    By language code, with `locale` selected alongside: no query per object."""
    code = obj.locale.language_code
    return 0 if code == get_language() else 1 if code == settings.LANGUAGE_CODE else 2


def vocabulary(model):
    """Every object of a small translatable vocabulary (sectors, regions, categories) in every
    language, each with its locale: from the shared frame cache, one query when it changed."""
    return shared(
        None,
        f"vocabulary:{model._meta.label_lower}",
        lambda: list(model._default_manager.select_related("locale")),
    )


def prefer_active_locale(objects):
    """One object per translation_key, keyed by it, in `locale_rank` order: the active
    language's if among `objects`, else the default language's, else any. (Translated posts
    and members may link to their source language's categories, sectors and projects.)"""
    chosen = {}
    for obj in sorted(objects, key=locale_rank):
        chosen.setdefault(obj.translation_key, obj)
    return chosen


def first_in_active_locale(objects):
    """The first of `objects` by `locale_rank` (a slug shared by several languages), or None."""
    return min(objects, key=locale_rank, default=None)
