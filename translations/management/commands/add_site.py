"""`manage.py add_site --hostname lielupe.example --name "Lielupe rural partnership"
--languages lv,en,ru [--port 80]`: one more organisation's site (translations/sites.py)."""

from django.core.management.base import BaseCommand, CommandError

from translations.sites import SiteError, add_site


class Command(BaseCommand):
    help = (
        "Add an organisation's site: its host name, home pages in its languages (the first is "
        "its source), settings, and its editors', reviewers' and translators' groups. Running "
        "it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hostname", required=True, help="e.g. lielupe.example.org")
        parser.add_argument("--name", required=True, help="The organisation's name.")
        parser.add_argument(
            "--languages", required=True, help="Comma-separated codes, source first: lv,en,ru"
        )
        parser.add_argument("--port", type=int, default=80)

    def handle(self, hostname, name, languages, port, **options):
        codes = [code.strip() for code in languages.split(",") if code.strip()]
        try:
            report = add_site(hostname.strip().lower(), name.strip(), codes, port=port)
        except SiteError as error:
            raise CommandError(str(error)) from error
        for change in report.changes:
            self.stdout.write(f"  {change}")
        if not report.changes:
            self.stdout.write(f"{hostname}: nothing to change.")
        else:
            self.stdout.write(self.style.SUCCESS(f"{hostname}: {len(report.changes)} changes."))
        for group in report.groups:
            self.stdout.write(f"  group: {group}")
