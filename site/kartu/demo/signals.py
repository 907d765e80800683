"""Wagtail side effects the demo switches off while it builds, by disconnecting their signal
receivers for the duration and connecting them again afterwards."""

from contextlib import contextmanager

from wagtail.admin import signal_handlers as admin_handlers
from wagtail.contrib.redirects.signal_handlers import (
    autocreate_redirects_on_page_move,
    autocreate_redirects_on_slug_change,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import page_slug_changed, post_page_move, task_submitted, workflow_submitted


@contextmanager
def disconnected(receivers):
    """`receivers`: (signal, receiver, connect() keyword arguments) of receivers to pause."""
    paused = [
        (signal, receiver, options)
        for signal, receiver, options in receivers
        if signal.disconnect(receiver, **options)
    ]
    try:
        yield
    finally:
        for signal, receiver, options in paused:
            signal.connect(receiver, **options)


def no_automatic_redirects():
    """Translations are first saved under the source's slug and then renamed; without this,
    wagtail.contrib.redirects would record a redirect from each never-published address."""
    return disconnected(
        [
            (page_slug_changed, autocreate_redirects_on_slug_change, {}),
            (post_page_move, autocreate_redirects_on_page_move, {}),
        ]
    )


def no_submission_emails():
    """Submitting a page to a workflow e-mails its reviewers; the demo's users have no real
    mailboxes, so the demo submits without telling them."""
    return disconnected(
        [
            (
                task_submitted,
                admin_handlers.task_submission_email_notifier,
                {
                    "sender": TaskState,
                    "dispatch_uid": "group_approval_task_submitted_email_notification",
                },
            ),
            (
                workflow_submitted,
                admin_handlers.workflow_submission_email_notifier,
                {
                    "sender": WorkflowState,
                    "dispatch_uid": "workflow_state_submitted_email_notification",
                },
            ),
        ]
    )
