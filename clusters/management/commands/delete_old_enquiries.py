"""`manage.py delete_old_enquiries [--dry-run]`: delete the cooperation enquiries received more
than KARTU_ENQUIRY_RETENTION_DAYS days ago. Run it daily (cron or a systemd timer)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from clusters.models import CooperationEnquiry


class Command(BaseCommand):
    help = (
        "Delete cooperation enquiries older than the retention period "
        "(KARTU_ENQUIRY_RETENTION_DAYS)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="only count them")

    def handle(self, *args, dry_run, **options):
        old = CooperationEnquiry.objects.older_than_retention()
        days = settings.KARTU_ENQUIRY_RETENTION_DAYS
        if dry_run:
            self.stdout.write(f"{old.count()} enquiries are older than {days} days.")
            return
        deleted, _by_model = old.delete()
        self.stdout.write(f"Deleted {deleted} enquiries older than {days} days.")
