""" "Keep previous": save a string's previous translation as its translation again."""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from translations.policy import may_touch
from translations.revisions.models import StringRevision


def editor_url(instance):
    """Where wagtail-localize's editor of a translated page or snippet opens."""
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    return reverse(instance.snippet_viewset.get_url_name("edit"), args=[quote(instance.pk)])


def target_of(revision):
    """The translated page or snippet a revision belongs to, or 404."""
    translation = Translation.objects.filter(
        source_id=revision.source_id, target_locale_id=revision.locale_id, enabled=True
    ).first()
    if translation is None:
        raise Http404
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error


def may_edit(user, instance):
    """The rights wagtail-localize's `edit_string_translation` asks for, and the per-locale
    snippet rights Kartu adds to it (`translations.patches.snippet_locale_rights`)."""
    if not user_can_edit_instance(user, instance):
        return False
    return isinstance(instance, Page) or may_touch(user, type(instance), "change", instance.locale)


@require_POST
def keep_previous(request, string_revision_id):
    revision = get_object_or_404(
        StringRevision.objects.select_related("string"), pk=string_revision_id
    )
    instance = target_of(revision)
    if not may_edit(request.user, instance):
        raise PermissionDenied
    StringTranslation.objects.update_or_create(
        translation_of_id=revision.string_id,
        locale_id=revision.locale_id,
        context_id=revision.context_id,
        defaults={
            "data": revision.previous_translation,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": "",
            "last_translated_by": request.user,
            "has_error": False,
            "field_error": "",
        },
    )
    revision.delete()
    messages.success(
        request,
        _("The previous translation is kept: “%(text)s”.")
        % {"text": revision.previous_translation[:80]},
    )
    return redirect(editor_url(instance))
