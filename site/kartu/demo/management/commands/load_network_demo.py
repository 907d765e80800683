"""`manage.py load_network_demo`: the second organisation of the demo network, after
`load_demo` (safe to run again). See kartu/demo/network.py."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from kartu.demo.indexing import deferred_indexing
from kartu.demo.network import load_network_demo
from kartu.demo.signals import no_automatic_redirects


class Command(BaseCommand):
    help = (
        "Add the Lielupe rural partnership's site beside the Tauragė LAG's (load_demo first), "
        "and both organisations' editors and translators. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off (the demo creates users with known passwords).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "DEBUG is off: this looks like a real site. The demo creates users with known "
                "passwords; pass --force if you really want it here."
            )
        with no_automatic_redirects(), transaction.atomic(), deferred_indexing():
            tally, logins = load_network_demo()
        for line in tally.lines():
            self.stdout.write(line)
        for username, password, hostname in logins:
            self.stdout.write(f"  {username} / {password}  ({hostname})")
