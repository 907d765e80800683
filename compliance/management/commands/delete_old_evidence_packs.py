"""`manage.py delete_old_evidence_packs [--dry-run]`: delete the evidence packs (records and
ZIP files) requested more than KARTU_EVIDENCE_PACK_RETENTION_DAYS days ago. Run it daily
(cron or a systemd timer): a pack is a copy of a moment; a new one is a click away."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from compliance.models import EvidencePack


class Command(BaseCommand):
    help = (
        "Delete evidence packs older than the retention period "
        "(KARTU_EVIDENCE_PACK_RETENTION_DAYS)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="only count them")

    def handle(self, *args, dry_run, **options):
        days = settings.KARTU_EVIDENCE_PACK_RETENTION_DAYS
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = EvidencePack.objects.filter(created_at__lt=cutoff)
        if dry_run:
            self.stdout.write(f"{old.count()} evidence packs are older than {days} days.")
            return
        deleted = 0
        for pack in old.iterator():
            if pack.file:
                pack.file.delete(save=False)
            pack.delete()
            deleted += 1
        self.stdout.write(f"Deleted {deleted} evidence packs older than {days} days.")
