"""`manage.py add_network_home --hostname network.example --name "Rural partnerships of
Latvia" --languages lv,en [--port 80]`: the network's own site (network/sites.py)."""

from django.core.management.base import BaseCommand, CommandError

from network.sites import NetworkSiteError, add_network_home


class Command(BaseCommand):
    help = (
        "Add the network home: a site on its own host name that lists every other site's "
        "organisation with its latest news and projects. Running it again changes nothing; "
        "then run add_site with the same host name for its settings and groups."
    )

    def add_arguments(self, parser):
        parser.add_argument("--hostname", required=True, help="e.g. network.example.org")
        parser.add_argument("--name", required=True, help="The network's name.")
        parser.add_argument(
            "--languages", required=True, help="Comma-separated codes, source first: lv,en"
        )
        parser.add_argument("--port", type=int, default=80)

    def handle(self, hostname, name, languages, port, **options):
        codes = [code.strip() for code in languages.split(",") if code.strip()]
        try:
            report = add_network_home(hostname.strip().lower(), name.strip(), codes, port=port)
        except NetworkSiteError as error:
            raise CommandError(str(error)) from error
        for change in report.changes:
            self.stdout.write(f"  {change}")
        if not report.changes:
            self.stdout.write(f"{hostname}: nothing to change.")
        else:
            self.stdout.write(self.style.SUCCESS(f"{hostname}: {len(report.changes)} changes."))
