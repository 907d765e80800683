"""The side panel's "Use this match": copy a remembered translation into a string."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail_localize.models import StringSegment, Translation

from translations.memory.candidates import memory_rows
from translations.memory.fill import save_from_memory
from translations.memory.rights import may_edit_translation


@require_POST
def use_match(request, translation_id):
    """Save the posted `value` as the translation of string `segment`, through
    wagtail-localize's `StringTranslation`, with the rights its own string editor checks. The
    value must be one the memory holds for the language pair: this is not a second way to
    write any text."""
    translation = get_object_or_404(
        Translation.objects.select_related("source"), pk=translation_id, enabled=True
    )
    if not may_edit_translation(request.user, translation):
        raise PermissionDenied
    segment_id, value = request.POST.get("segment", ""), request.POST.get("value", "")
    if not segment_id.isdigit():
        return HttpResponseBadRequest(_("Choose a string."))
    segment = get_object_or_404(StringSegment, pk=segment_id, source_id=translation.source_id)
    remembered = memory_rows(translation.source.locale_id, translation.target_locale_id).filter(
        data=value
    )
    if not value or not remembered.exists():
        return HttpResponseBadRequest(_("This translation is not in the translation memory."))
    save_from_memory(segment, translation.target_locale_id, value, request.user)
    messages.success(request, _("The match was copied into the string."))
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = translation.get_target_instance_edit_url()
    return redirect(next_url)
