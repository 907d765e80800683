"""Per-locale rights that Wagtail and wagtail-localize do not have, and review of translations.

Pages need nothing here: translators' page permissions sit on their locale's home page
(`kartu.roles`). Snippets are checked by Wagtail only per model, so a translator's add, change
and delete rights on a translatable snippet are limited here to the locales of their
"Translators – <language>" groups (a right held any other way — superuser, Communications — is
not limited).

wagtail-localize's translation editor only knows "Publish in <language>", which skips any
workflow, and translators may not publish. So the editor of a translated page gets a "Submit to
<workflow>" button of ours: it saves the translation as a draft revision and starts the page's
workflow ("Translation review"), as Wagtail's own "Submit for moderation" does, without
touching the live page (see `save_translation_draft`).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, TranslatableMixin, WorkflowState
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet
from wagtail_localize.models import Translation, TranslationLog
from wagtail_localize.views import edit_translation

from kartu.roles import translator_group_locales

SUBMIT_ACTION = "action-submit"  # the name of Wagtail's own "Submit for moderation" button
EDITOR_ROOT = b'<div class="js-translation-editor"'


# Snippets ---------------------------------------------------------------------------------


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
    translator_groups = translator_group_locales()
    codes = set()
    holding = user.groups.filter(
        permissions__content_type__app_label=model._meta.app_label,
        permissions__codename=codename,
    ).values_list("name", flat=True)
    for name in holding:
        if name not in translator_groups:
            return None
        codes.add(translator_groups[name])
    return codes


def may_touch(user, model, action, locale):
    if not issubclass(model, TranslatableMixin):
        return True
    allowed = snippet_locales(user, model, action)
    return allowed is None or locale.language_code in allowed


def requested_locale(request):
    code = request.GET.get("locale")
    if code:
        return Locale.objects.filter(language_code=code).first() or Locale.get_default()
    return Locale.get_default()


@hooks.register("before_edit_snippet", order=-10)
def limit_snippet_edit_to_own_locale(request, instance):
    if not may_touch(request.user, type(instance), "change", instance.locale):
        return permission_denied(request)


@hooks.register("before_create_snippet", order=-10)
def limit_snippet_create_to_own_locale(request, model):
    if not may_touch(request.user, model, "add", requested_locale(request)):
        return permission_denied(request)


@hooks.register("before_delete_snippet", order=-10)
def limit_snippet_delete_to_own_locale(request, instances):
    if any(
        not may_touch(request.user, type(instance), "delete", instance.locale)
        for instance in instances
    ):
        return permission_denied(request)


class LocaleScopedIndexView(IndexView):
    """A translator's snippet listing shows their locales only; another locale is denied."""

    def dispatch(self, request, *args, **kwargs):
        self.allowed_locales = None
        if self.model is not None and issubclass(self.model, TranslatableMixin):
            self.allowed_locales = snippet_locales(request.user, self.model, "change")
        code = request.GET.get("locale")
        if self.allowed_locales is not None and code and code not in self.allowed_locales:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.allowed_locales is not None:
            queryset = queryset.filter(locale__language_code__in=self.allowed_locales)
        return queryset


class TranslatableSnippetViewSet(SnippetViewSet):
    """Base of the viewsets of translatable snippets (kartu.wagtail_hooks.reference_data)."""

    index_view_class = LocaleScopedIndexView


# Translated pages: submit for review from wagtail-localize's editor ---------------------------


def page_translation(page):
    """The enabled Translation whose target is `page`, or None (a source page, or an alias)."""
    if page.alias_of_id and page.alias_of.locale_id != page.locale_id:
        return None
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


@hooks.register("before_edit_page", order=-10)
def translated_page_review(request, page):
    translation = page_translation(page)
    if translation is None:
        return None  # Wagtail's own editor, with its own "Submit to …" action
    if request.method == "POST" and SUBMIT_ACTION in request.POST:
        return submit_for_review(request, translation, page)
    if request.method == "GET":
        response = edit_translation.edit_translation(request, translation, page)
        return with_review_panel(request, response, page)
    return None  # wagtail-localize's own actions (publish, restart, convert to alias)


def save_translation_draft(translation, user):
    """Save the translation as a new draft revision of its target page, leaving the live page
    as it is.

    `Translation.save_target(publish=False)` would not do: it saves the translated fields onto
    the page's own row too, which is what visitors see of a live page, so an unreviewed
    translation would go live at once. Here the row keeps its content (Wagtail's
    `save_revision()` writes only its draft bookkeeping), and the translation log records the
    draft as wagtail-localize's own save does.
    """
    target = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    # As wagtail-localize does: a translated slug is made valid and unique among siblings.
    target.slug = find_available_slug(
        target.get_parent(), slugify(target.slug), ignore_page_id=target.pk
    )
    revision = target.save_revision(user=user, log_action=True)
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    return revision


def submit_for_review(request, translation, page):
    perms = page.permissions_for_user(request.user)
    if not perms.can_submit_for_moderation():
        raise PermissionDenied
    state = page.current_workflow_state
    in_review = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    if in_review and not state.user_can_cancel(request.user):
        raise PermissionDenied
    try:
        save_translation_draft(translation, request.user)
    except ValidationError:
        messages.error(
            request,
            _("The translation of “%(title)s” has errors: fix them, then submit it again.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect(request.path)
    page = Page.objects.get(pk=page.pk).specific
    workflow = page.get_workflow()
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        if state and state.status == WorkflowState.STATUS_IN_PROGRESS:
            state.cancel(user=request.user)  # restart it on the new draft
        workflow.start(page, request.user)
    messages.success(
        request,
        _("“%(title)s” has been submitted to %(workflow)s.")
        % {"title": page.get_admin_display_title(), "workflow": workflow.name},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def review_panel(request, page):
    perms = page.permissions_for_user(request.user)
    workflow = page.get_workflow()
    if workflow is None:
        return ""
    state = page.current_workflow_state
    in_review = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    status = (
        _("Awaiting %(task)s: it goes live once a reviewer approves it.")
        % {"task": state.current_task_state.task.name}
        if in_review
        else _("A reviewer approves this translation before it goes live.")
    )
    if not perms.can_submit_for_moderation() or (
        in_review and not state.user_can_cancel(request.user)
    ):
        return format_html('<p class="help-block help-info kartu-review">{}</p>', status)
    label = (_("Resubmit to %(workflow)s") if in_review else _("Submit to %(workflow)s")) % {
        "workflow": workflow.name
    }
    return format_html(
        '<form method="post" action="{action}" class="kartu-review w-flex w-items-center '
        'w-gap-4 w-px-5 w-py-3">'
        '<input type="hidden" name="csrfmiddlewaretoken" value="{csrf}">'
        '<span>{status}</span> <button type="submit" name="{name}" value="1" '
        'class="button button-secondary">{label}</button></form>',
        action=reverse("wagtailadmin_pages:edit", args=[page.pk]),
        csrf=get_token(request),
        status=status,
        name=SUBMIT_ACTION,
        label=label,
    )


def with_review_panel(request, response, page):
    """Put the review status (and, for who may, the submit button) above the editor."""
    panel = review_panel(request, page)
    if panel and response.status_code == 200 and EDITOR_ROOT in response.content:
        response.content = response.content.replace(
            EDITOR_ROOT, str(panel).encode() + EDITOR_ROOT, 1
        )
    return response
