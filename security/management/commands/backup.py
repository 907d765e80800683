from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from security.backups.backup import create_backup
from security.backups.errors import BackupError


class Command(BaseCommand):
    help = (
        "Write one archive with a consistent database dump, the media files and a manifest of "
        "SHA-256 sums (README 'Backups'). The archive holds personal data: store it safely."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            default=None,
            help="The folder for the archive (default: KARTU_BACKUP_DIR, else backups/).",
        )

    def handle(self, *args, output=None, verbosity=1, **options):
        def report(line):
            if verbosity:
                self.stdout.write(line)

        try:
            path = create_backup(output or settings.KARTU_BACKUP_DIR, report=report)
        except BackupError as error:
            raise CommandError(str(error)) from error
        # Quiet (-v 0), the archive's path alone: `archive=$(manage.py backup -v 0)`.
        return None if verbosity else str(path)
