"""Who may touch which locale: the one place the per-locale rights of translators are decided.

Wagtail checks snippet permissions per model only, and wagtail-localize has one global
`submit_translation` permission. A translator's add, change and delete rights on a translatable
snippet are therefore limited here to the locales of the translators' groups they belong to
(`TranslatorGroup`: a group linked to a locale by data, never by its name). A right held any other
way (superuser, a user permission, a group that is not a translators' group, such as
Communications) is not limited. Pages need nothing here: translators' page permissions sit on
their locale's home page (`translations.roles`).

The hooks (`translations.wagtail_hooks`), the snippet listing (`translations.views.snippets`) and
the middleware (`translations.patches.snippet_locale_rights`) all ask this module; importing it
registers nothing.
"""

from wagtail.models import Locale, TranslatableMixin


def snippet_locales(user, model, action):
    """The language codes in which `user` may `action` ("add", "change", "delete") instances of
    the translatable snippet `model`: None when not limited by locale."""
    codename = f"{action}_{model._meta.model_name}"
    if (
        user.is_superuser
        or user.user_permissions.filter(
            content_type__app_label=model._meta.app_label, codename=codename
        ).exists()
    ):
        return None
    holding = user.groups.filter(
        permissions__content_type__app_label=model._meta.app_label,
        permissions__codename=codename,
    ).values_list("translator_group__locale__language_code", flat=True)
    codes = set(holding)
    if None in codes:  # a group that is not a translators' group grants it everywhere
        return None
    return codes


def may_touch(user, model, action, locale):
    """Whether `user` may `action` an instance of `model` in `locale` (their model-level right
    is checked by Wagtail itself)."""
    if not issubclass(model, TranslatableMixin):
        return True
    allowed = snippet_locales(user, model, action)
    return allowed is None or locale.language_code in allowed


def requested_locale(request):
    """The locale a snippet "add" view creates in: its `?locale=`, or the default."""
    code = request.GET.get("locale")
    if code:
        return Locale.objects.filter(language_code=code).first() or Locale.get_default()
    return Locale.get_default()
