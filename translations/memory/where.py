"""Where a remembered translation is used: the title of its page or snippet, found in bulk."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page


def titles_of(objects, target_locale_id, source_locale_id):
    """{(content type id, translation key): title} for `objects`, a set of such pairs: the title
    in the target locale when that translation exists, else the source's. One query per content
    type (pages share one)."""
    by_type = {}
    for content_type_id, key in objects:
        if key is not None:
            by_type.setdefault(content_type_id, set()).add(key)
    titles = {}
    for content_type_id, keys in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()  # cached
        if model is None:
            continue  # a model that was removed from the code
        locales = [source_locale_id, target_locale_id]  # the target's title wins
        if issubclass(model, Page):
            rows = Page.objects.filter(translation_key__in=keys, locale_id__in=locales).values_list(
                "translation_key", "locale_id", "title"
            )
        else:
            rows = [
                (instance.translation_key, instance.locale_id, str(instance))
                for instance in model.objects.filter(
                    translation_key__in=keys, locale_id__in=locales
                )
            ]
        for key, _locale_id, title in sorted(rows, key=lambda row: locales.index(row[1])):
            titles[content_type_id, key] = title
    return titles
