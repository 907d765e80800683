""" "My jobs" on the admin dashboard: a translator's open jobs, soonest due first."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from translations.jobs.access import has_job_queue
from translations.jobs.progress import job_rows

PANEL_SIZE = 5


class MyJobsPanel(Component):
    name = "translation_jobs"
    template_name = "translations/jobs/panel.html"
    order = 50

    def render_html(self, parent_context=None):
        if not has_job_queue(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        jobs = user.translation_jobs.filter(completed_at__isnull=True).select_related("locale")
        return {
            "jobs": job_rows(jobs.order_by("due_date", "pk")[:PANEL_SIZE]),
            "more": jobs.count() > PANEL_SIZE,
            "index_url": reverse("translations_jobs"),
        }
