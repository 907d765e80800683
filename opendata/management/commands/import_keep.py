"""`manage.py import_keep FILE [--dry-run] [--site HOST]`: a keep.eu export (CSV or XLSX) into
draft project pages, organisations and partners of a site, all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from opendata.keep_import.reader import max_size
from opendata.keep_import.run import import_keep_file


class Command(BaseCommand):
    help = (
        "Import a keep.eu export (CSV or XLSX) into draft project pages, organisations and "
        "partners. Nothing is written if any row has a problem."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The keep.eu export: a .csv or .xlsx file.")
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would change; write nothing."
        )
        parser.add_argument(
            "--site", help="The site's hostname (default: the default site).", default=None
        )

    def handle(self, *args, file, dry_run, site, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file")
        if path.stat().st_size > max_size():
            raise CommandError(f"{file}: larger than {max_size()} bytes")
        target = self.site(site)
        result = import_keep_file(path.name, path.read_bytes(), target, dry_run=dry_run)
        for action in result.actions:
            self.stdout.write(f"line {action.line}: {action.kind} {action.what} “{action.label}”")
        if not result.ok:
            for line, message in result.problems:
                where = f"line {line}: " if line else ""
                self.stderr.write(f"{where}{message}")
            raise CommandError("Nothing was imported.")
        if dry_run:
            self.stdout.write("Dry run: nothing was written.")
        else:
            self.stdout.write(self.style.SUCCESS("Imported."))

    def site(self, hostname):
        if hostname is None:
            site = Site.objects.filter(is_default_site=True).first()
        else:
            site = Site.objects.filter(hostname=hostname).first()
        if site is None:
            raise CommandError("No such site.")
        return site
