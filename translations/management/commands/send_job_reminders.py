"""Remind assignees of translation jobs due within two days: for cron, once a day or more.

Each job is reminded once (`TranslationJob.reminder_sent_at`): running the command again sends
nothing new. Finished jobs are not reminded. The emails go through the task queue.
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from translations.jobs.mail import REMINDER, send_job_mail
from translations.jobs.models import TranslationJob

DAYS_BEFORE = 2


class Command(BaseCommand):
    help = "Email the assignee of every open translation job due within two days, once."

    def handle(self, *args, **options):
        horizon = timezone.localdate() + datetime.timedelta(days=DAYS_BEFORE)
        with transaction.atomic():
            due = list(
                TranslationJob.objects.select_for_update()
                .filter(
                    completed_at__isnull=True,
                    reminder_sent_at__isnull=True,
                    due_date__lte=horizon,
                    assignee__isnull=False,
                )
                .values_list("pk", flat=True)
            )
            TranslationJob.objects.filter(pk__in=due).update(reminder_sent_at=timezone.now())
            for pk in due:
                transaction.on_commit(lambda pk=pk: send_job_mail.enqueue(pk, REMINDER))
        self.stdout.write(f"{len(due)} reminder(s) queued.")
