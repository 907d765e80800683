"""The admin hooks of the translator features; Wagtail imports this module, nothing else does.

- Per-locale snippet rights (`translations.policy`): a translator may add, change and delete a
  translatable snippet in their own locales only.
- Review before publishing (`translations.patches.review_before_publish`): the "Submit to
  <workflow>" button of wagtail-localize's translation editor posts here.
- The translation status report: its admin URL, a Reports menu item and a dashboard panel.
- Translation jobs (`translations.jobs`): "My jobs" (menu item, first dashboard panel, views),
  "Create job" from the report; "Keep previous" of a string needing revision
  (`translations.revisions`); the page explorer with a "Translated" column
  (`translations.views.coverage_listing`).
- The translation memory's "Use this match" (`translations.memory.views`).
- The glossary under Settings (`translations.glossary.admin`).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from translations.dashboard import TranslationsAwaitingWorkPanel
from translations.glossary.admin import GlossaryTermViewSet
from translations.jobs.access import has_job_queue, may_work_on_jobs
from translations.jobs.panel import MyJobsPanel
from translations.jobs.views import (
    JobCreateView,
    JobMachineTranslateView,
    JobView,
    MyJobsView,
)
from translations.memory.views import use_match
from translations.patches.review_before_publish import (
    is_submission,
    page_translation,
    submit_for_review,
)
from translations.policy import may_touch, requested_locale
from translations.revisions.views import keep_previous
from translations.status_items import (
    translator_locale_codes,
    user_can_submit_translations,
    user_can_view_translation_status,
)
from translations.views.coverage_listing import CoveragePageViewSet
from translations.views.status import TranslationStatusPanel, TranslationStatusReportView

# Snippets ---------------------------------------------------------------------------------


@hooks.register("before_edit_snippet", order=-10)
def limit_snippet_edit_to_own_locale(request, instance):
    # A snippet that is not translatable (the glossary) has no locale: `may_touch` allows it.
    if not may_touch(request.user, type(instance), "change", getattr(instance, "locale", None)):
        return permission_denied(request)


@hooks.register("before_create_snippet", order=-10)
def limit_snippet_create_to_own_locale(request, model):
    if not may_touch(request.user, model, "add", requested_locale(request)):
        return permission_denied(request)


@hooks.register("before_delete_snippet", order=-10)
def limit_snippet_delete_to_own_locale(request, instances):
    if any(
        not may_touch(request.user, type(instance), "delete", getattr(instance, "locale", None))
        for instance in instances
    ):
        return permission_denied(request)


# Translated pages: "Submit to <workflow>" from wagtail-localize's editor ---------------------


@hooks.register("before_edit_page", order=-10)
def submit_translated_page_for_review(request, page):
    """Before wagtail-localize's own hook, which answers every other request for a translated
    page with its editor (the review panel comes from our override of its template)."""
    if not is_submission(request):
        return None
    translation = page_translation(page)
    if translation is None:
        return None  # a source page: Wagtail's own "Submit to …" action
    return submit_for_review(request, translation, page)


# The translation status report --------------------------------------------------------------


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_view_translation_status(request.user)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="translations_status",
        ),
        path(
            "translations/<int:translation_id>/use-memory-match/",
            use_match,
            name="translations_memory_use",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translations_status"),
        name="translation-status",
        icon_name="site",
        order=900,
    )


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if user_can_submit_translations(request.user):
        panels.append(TranslationStatusPanel())
    if translator_locale_codes(request.user):
        panels.append(TranslationsAwaitingWorkPanel())


# Translation jobs, strings needing revision, coverage in the page explorer -------------------


class MyJobsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_work_on_jobs(request.user)


@hooks.register("register_admin_urls")
def register_translation_job_urls():
    return [
        path("translation-jobs/", MyJobsView.as_view(), name="translations_jobs"),
        path("translation-jobs/new/", JobCreateView.as_view(), name="translations_job_create"),
        path("translation-jobs/<int:job_id>/", JobView.as_view(), name="translations_job"),
        path(
            "translation-jobs/<int:job_id>/machine-translate/",
            JobMachineTranslateView.as_view(),
            name="translations_job_machine_translate",
        ),
        path(
            "translations/revisions/<int:string_revision_id>/keep-previous/",
            keep_previous,
            name="translations_keep_previous",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_my_jobs_menu_item():
    return MyJobsMenuItem(
        _("My jobs"),
        reverse("translations_jobs"),
        name="translation-jobs",
        icon_name="tasks",
        order=250,
    )


@hooks.register("construct_homepage_panels", order=100)
def add_my_jobs_panel(request, panels):
    """First on a translator's dashboard: this hook runs after the other apps' (order 100),
    which may add or replace panels."""
    if has_job_queue(request.user):
        panels.insert(0, MyJobsPanel())


@hooks.register("register_admin_viewset")
def register_page_listing_with_coverage():
    return CoveragePageViewSet()


register_snippet(GlossaryTermViewSet)
