"""Translating a page with its subpages runs on the task worker, not in the editor's request.

wagtail-localize runs its slow jobs through a job backend of its own (`wagtail_localize.tasks`,
"a very lightweight implementation of RFC 72 … to be replaced with the full Wagtail
implementation later"), not through the `django.tasks` API Wagtail 8 uses, and its default runs
them in the request: "Translate this page" with "Include subtree" on a news index copies every
post, hundreds of pages, before the editor sees an answer. `DjangoTasksJobBackend` (setting
WAGTAILLOCALIZE_JOBS) hands that job to `translate_subtree`, a django.tasks task: immediate in
dev and tests, on the worker in production. Its arguments become ids, since a task's arguments
are JSON; a job with translation components (Kartu registers none) or any other job runs at
once, as before.

Delete this module and the setting when wagtail-localize enqueues its jobs through django.tasks.
"""

from django.contrib.auth import get_user_model
from django.utils.module_loading import import_string
from django_tasks import task
from wagtail.models import Locale
from wagtail_localize.tasks import BaseJobBackend

SUBTREE_JOB = "wagtail_localize.operations.translate_page_subtree"


@task()
def translate_subtree(page_id, locale_ids, user_id):
    """wagtail-localize's subtree translation of page `page_id` into the given locales."""
    user = get_user_model().objects.filter(pk=user_id).first()
    locales = list(Locale.objects.filter(pk__in=locale_ids))
    import_string(SUBTREE_JOB)(page_id, locales, None, user)


class DjangoTasksJobBackend(BaseJobBackend):
    """A wagtail-localize job backend that sends subtree translations to `translate_subtree`."""

    def enqueue(self, func, args, kwargs):
        if f"{func.__module__}.{func.__qualname__}" == SUBTREE_JOB and not kwargs:
            page_id, locales, components, user = args
            if components is None or not components.components:
                translate_subtree.enqueue(
                    page_id, [locale.pk for locale in locales], user.pk if user else None
                )
                return
        func(*args, **kwargs)
