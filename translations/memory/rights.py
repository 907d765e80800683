"""Who may write a translation's strings: the check wagtail-localize's `edit_string_translation`
makes (`user_can_edit_instance`), plus the per-locale snippet rights it lacks
(`translations.policy`, as `translations.patches.snippet_locale_rights` adds to its views)."""

from wagtail.models import Page
from wagtail_localize.views.edit_translation import user_can_edit_instance

from translations.policy import may_touch


def may_edit_translation(user, translation):
    if not user.is_authenticated:
        return False
    try:
        instance = translation.get_target_instance()
    except translation.source.specific_content_type.model_class().DoesNotExist:
        return False
    if not user_can_edit_instance(user, instance):
        return False
    return isinstance(instance, Page) or may_touch(user, type(instance), "change", instance.locale)
