"""Review before publishing in wagtail-localize's translation editor: "Submit to <workflow>".

Gap: the translation editor of a translated page only offers "Publish in <language>", which
skips any workflow on the page, and translators may not publish. Upstream has no issue asking for
workflow actions in the translation editor (searched the wagtail-localize tracker, November
2026); the nearest are wagtail-localize#676 ("the interaction between Wagtail-Localize and the
Workflows feature feels disconnected", open) and #634 ("Support draft translation and
synchronised publishing", open).

How it is added, around the edges of wagtail-localize:

- The panel (the review status and, for who may, a "Submit to <workflow>" button) is rendered by
  our override of wagtail-localize's template, `templates/wagtail_localize/admin/
  edit_translation.html`, which extends the original and adds `{% translation_review_panel %}`
  (`translations.templatetags.translations_tags`, context from `review_panel_context` below).
  wagtail-localize's own `before_edit_page` hook still serves the editor.
- The button posts `action-submit` (the name of Wagtail's own "Submit for moderation" action) to
  the page's edit URL. Our `before_edit_page` hook (registered in `translations.wagtail_hooks`,
  before wagtail-localize's, which would otherwise answer every request to that URL with its
  editor) handles that POST with `submit_for_review`: it saves the translation as a draft
  revision (`draft_without_publishing`) and starts, resumes or restarts the page's workflow, as
  Wagtail's own "Submit for moderation" does.

Delete this module, the template override and the hook when wagtail-localize's editor offers the
page's workflow actions (or lets an action menu hook add them).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation

from translations.patches.draft_without_publishing import save_translation_draft

SUBMIT_ACTION = "action-submit"  # the name of Wagtail's own "Submit for moderation" button


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


def is_submission(request):
    return request.method == "POST" and SUBMIT_ACTION in request.POST


def submit_for_review(request, translation, page):
    perms = page.permissions_for_user(request.user)
    if not perms.can_submit_for_moderation():
        raise PermissionDenied
    state = page.current_workflow_state
    in_review = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    if in_review and not state.user_can_cancel(request.user):
        raise PermissionDenied
    try:
        page, workflow = start_review(translation, page, request.user)
    except ValidationError:
        messages.error(
            request,
            _("The translation of “%(title)s” has errors: fix them, then submit it again.")
            % {"title": page.get_admin_display_title()},
        )
        return redirect(request.path)
    messages.success(
        request,
        _("“%(title)s” has been submitted to %(workflow)s.")
        % {"title": page.get_admin_display_title(), "workflow": workflow.name},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def start_review(translation, page, user):
    """Save the translation as a draft revision of `page` and start, resume or restart its
    workflow as `user`, as Wagtail's "Submit for moderation" does; the page (reloaded) and its
    workflow. Raises ValidationError when the translation cannot be saved. Rights are the
    caller's to check. Also used when a translation job's item is finished
    (`translations.jobs.completion`)."""
    state = page.current_workflow_state
    save_translation_draft(translation, user)
    page = Page.objects.get(pk=page.pk).specific
    workflow = page.get_workflow()
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        if state and state.status == WorkflowState.STATUS_IN_PROGRESS:
            state.cancel(user=user)  # restart it on the new draft
        workflow.start(page, user)
    return page, workflow


def review_panel_context(request, page):
    """What the review panel shows of `page` to `request.user`; None when the page has no
    workflow (then there is nothing to show)."""
    workflow = page.get_workflow()
    if workflow is None:
        return None
    perms = page.permissions_for_user(request.user)
    state = page.current_workflow_state
    in_review = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    status = (
        _("Awaiting %(task)s: it goes live once a reviewer approves it.")
        % {"task": state.current_task_state.task.name}
        if in_review
        else _("A reviewer approves this translation before it goes live.")
    )
    may_submit = perms.can_submit_for_moderation() and (
        not in_review or state.user_can_cancel(request.user)
    )
    label = (_("Resubmit to %(workflow)s") if in_review else _("Submit to %(workflow)s")) % {
        "workflow": workflow.name
    }
    return {
        "status": status,
        "may_submit": may_submit,
        "label": label,
        "action": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "name": SUBMIT_ACTION,
    }
