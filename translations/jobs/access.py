"""Who sees which translation jobs: site managers all of them; a translator the jobs assigned to
them and the jobs of the languages they translate, never another language's."""

from django.db.models import Q

from translations.jobs.models import TranslationJob
from translations.status_items import user_can_submit_translations


def may_manage_jobs(user):
    """Who may start translations (Communications, superusers) creates and sees every job."""
    return user_can_submit_translations(user)


def translator_locale_ids(user):
    return set(
        user.groups.filter(translator_group__isnull=False).values_list(
            "translator_group__locale_id", flat=True
        )
    )


def visible_jobs(user):
    jobs = TranslationJob.objects.select_related("locale", "assignee")
    if may_manage_jobs(user):
        return jobs
    return jobs.filter(Q(assignee=user) | Q(locale_id__in=translator_locale_ids(user)))


def may_work_on_jobs(user):
    """Translators and who manages jobs: the users the "My jobs" menu item and panel are for."""
    return may_manage_jobs(user) or bool(translator_locale_ids(user))


def has_job_queue(user):
    """Translators, and anyone with an open job assigned: whose dashboard starts with "My jobs"
    (Communications reach every job through the menu and keep their own dashboard)."""
    return (
        bool(translator_locale_ids(user))
        or user.translation_jobs.filter(completed_at__isnull=True).exists()
    )
