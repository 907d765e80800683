"""`manage.py load_demo`: build the multilingual demo site (safe to run again)."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from kartu.demo.indexing import deferred_indexing, refresh_planner_statistics
from kartu.demo.loader import load_demo
from kartu.demo.signals import no_automatic_redirects


class Command(BaseCommand):
    help = (
        "Build the multilingual demo site: projects, news, the crafts cluster, translations, "
        "images and demo users. Running it again changes nothing."
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
        started = time.monotonic()
        # One transaction: a failed run leaves nothing half-built behind. Translations are
        # first saved under the source's slug and then renamed: no redirects from those
        # never-published addresses.
        with (
            no_automatic_redirects(),
            transaction.atomic(),
            deferred_indexing(),
        ):
            tally, logins = load_demo()
        refresh_planner_statistics()
        self.stdout.write(f"Demo loaded in {time.monotonic() - started:.1f} s:")
        for line in tally.lines():
            self.stdout.write(line)
        if settings.DEBUG:
            base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            self.stdout.write(
                self.style.SUCCESS(f"\nSite: {base}/lt/  (also /lv/, /pl/, /en/ and /ru/)")
            )
            self.stdout.write(f"Admin: {base}/admin/")
            for username, password in logins:
                self.stdout.write(f"  {username} / {password}")
