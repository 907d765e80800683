"""The editors' dashboard (the Wagtail admin's home): what needs the signed-in editor's attention.

Wagtail sorts the panels by `order`. Ours, and the slots kept for higher apps (which import
`PANEL_ORDER` from here; home knows none of them):

    100  Awaiting your review   Wagtail's panel, shortened (`AwaitingReviewPanel`)
    110  My drafts              `MyDraftsPanel`
    120  Scheduled pages        `ScheduledPagesPanel`
    130  EU visibility          the compliance app's failure count
    140  Translations awaiting work   the translations app, for translators
    210  Your pages in a workflow, 300 Your locked pages: Wagtail's own

Wagtail's "Your most recent edits" is replaced by "My drafts": an edit that is published needs
nothing more, a draft does; and the drafts panel's "see all" link lists every page the editor
has edited (Wagtail's page search filtered by "Edited by"), which is the full history that
panel only glimpsed.

Each panel shows at most `PANEL_ROWS` rows and, when there are more, how many and where to see
them all. A row costs no query of its own: the count and the rows are two queries, whatever the
number of pages. An editor sees only pages they may edit, in every locale.
"""

from django.conf import settings
from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page, Revision, TaskState
from wagtail.permissions import page_permission_policy

PANEL_ORDER = {
    "awaiting_review": 100,
    "my_drafts": 110,
    "scheduled_pages": 120,
    "compliance": 130,
    "translations_awaiting_work": 140,
}
PANEL_ROWS = 8


def editable_pages(user):
    """Pages `user` may edit (their own drafts under an "add" permission included), one queryset."""
    return page_permission_policy.instances_user_has_any_permission_for(user, ["change"])


class PageListPanel(Component):
    """A dashboard panel listing up to `PANEL_ROWS` pages: title (to the editor), locale badge,
    a date; its heading, and a "see all" link when Wagtail has a listing of them."""

    template_name = "home/dashboard/page_list_panel.html"
    heading = ""
    empty_text = ""
    date_heading = ""
    see_all_text = ""

    def get_pages(self, user):
        """The pages to list, ordered, each annotated with `shown_at` (the date shown)."""
        raise NotImplementedError

    def get_see_all_url(self, user):
        return None

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        pages = self.get_pages(user)
        rows = list(pages[:PANEL_ROWS])
        total = pages.count()  # always: the cost is the same with 3 pages or 3,000
        return {
            "panel_id": self.name.replace("_", "-"),
            "heading": self.heading,
            "empty_text": self.empty_text,
            "date_heading": self.date_heading,
            "pages": rows,
            "total": total,
            "more": total - len(rows),
            "see_all_url": self.get_see_all_url(user) if total else None,
            "see_all_text": self.see_all_text,
        }


class MyDraftsPanel(PageListPanel):
    """Pages whose newest revision is the editor's and is not published yet, in any locale;
    a revision approved for a later go-live is scheduled, not a draft."""

    name = "my_drafts"
    order = PANEL_ORDER["my_drafts"]
    heading = _("My drafts")
    empty_text = _("You have no unpublished changes.")
    date_heading = _("Last edited")
    see_all_text = _("See every page you have edited")

    def get_pages(self, user):
        return (
            editable_pages(user)
            .filter(
                has_unpublished_changes=True,
                latest_revision__user=user,
                latest_revision__approved_go_live_at__isnull=True,
            )
            .annotate(shown_at=F("latest_revision_created_at"))
            .order_by("-latest_revision_created_at", "-pk")
            .only("pk", "draft_title", "title", "locale_id")
        )

    def get_see_all_url(self, user):
        return reverse("wagtailadmin_pages:search") + "?" + urlencode({"edited_by": user.pk})


class ScheduledPagesPanel(PageListPanel):
    """Pages with a revision approved to go live later (Wagtail's `publish_scheduled` command
    publishes it when the time comes), soonest first; every editor's, not only mine."""

    name = "scheduled_pages"
    order = PANEL_ORDER["scheduled_pages"]
    heading = _("Scheduled pages")
    empty_text = _("No page is scheduled to go live.")
    date_heading = _("Goes live")

    def get_pages(self, user):
        go_live = (
            Revision.page_revisions.filter(
                object_id=Cast(OuterRef("pk"), output_field=CharField()),
                approved_go_live_at__gt=timezone.now(),
            )
            .order_by("approved_go_live_at")
            .values("approved_go_live_at")[:1]
        )
        return (
            editable_pages(user)
            .annotate(shown_at=Subquery(go_live))
            .filter(shown_at__isnull=False)
            .order_by("shown_at", "pk")
            .only("pk", "draft_title", "title", "locale_id")
        )


class AwaitingReviewPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Awaiting your review" (the tasks the editor may approve or reject), shortened:
    Wagtail lists every task, and each row costs queries of its own (its task, the workflow's
    other tasks), so a busy review queue made the dashboard slow. The newest `PANEL_ROWS` are
    shown, then how many more and a link to Wagtail's workflow tasks report."""

    order = PANEL_ORDER["awaiting_review"]
    template_name = "home/dashboard/awaiting_review.html"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        context = {
            "states": [],
            "more": 0,
            "request": request,
            "csrf_token": parent_context["csrf_token"],
            "see_all_url": reverse("wagtailadmin_reports:workflow_tasks"),
        }
        if not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            return context
        reviewable = TaskState.objects.reviewable_by(request.user)
        # As Wagtail's panel, but only the newest rows; the task comes with its state.
        states = list(
            reviewable.select_related(
                "task",
                "revision",
                "revision__user",
                "workflow_state",
                "workflow_state__workflow",
            )
            .prefetch_related(
                "revision__content_object", "revision__content_object__latest_revision"
            )
            .order_by("-started_at", "-pk")
            .annotate(previous_revision_id=Revision.objects.previous_revision_id_subquery())[
                :PANEL_ROWS
            ]
        )
        total = reviewable.count()
        context["more"] = total - len(states)
        context["states"] = [row for state in states if (row := self.row(state, request.user))]
        return context

    def row(self, state, user):
        """What Wagtail's template shows of a task state, or None for a deleted object."""
        obj = state.revision.content_object
        if not obj:
            return None
        if isinstance(obj, Page):
            urls = (
                "wagtailadmin_pages:workflow_action",
                "wagtailadmin_pages:workflow_preview",
                "wagtailadmin_pages:revisions_compare",
            )
        else:
            viewset = obj.snippet_viewset
            urls = tuple(
                viewset.get_url_name(name)
                for name in ("workflow_action", "workflow_preview", "revisions_compare")
            )
        return {
            "obj": obj,
            "revision": state.revision,
            "previous_revision_id": state.previous_revision_id,
            "live_revision_id": obj.live_revision_id,
            "task_state": state,
            "actions": state.task.specific.get_actions(obj, user),
            "workflow_tasks": state.workflow_state.all_tasks_with_status(),
            "workflow_action_url_name": urls[0],
            "workflow_preview_url_name": urls[1] if getattr(obj, "is_previewable", False) else None,
            "revisions_compare_url_name": urls[2],
        }
