from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from security.backups.errors import BackupError
from security.backups.restore import restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive of `manage.py backup` into an empty database and media folder, "
        "after checking every file's SHA-256; then migrate and forget cached pages."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="A kartu-backup-….tar file.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Restore over a database and media folder that are not empty.",
        )

    def handle(self, *args, archive, force=False, verbosity=1, **options):
        def report(line):
            if verbosity:
                self.stdout.write(line)

        def migrate():
            call_command("migrate", interactive=False, verbosity=verbosity, stdout=self.stdout)

        try:
            restore_backup(archive, force=force, report=report, migrate=migrate)
        except BackupError as error:
            raise CommandError(str(error)) from error
