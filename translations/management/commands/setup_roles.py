"""`manage.py setup_roles`: create or update the admin groups, their permissions and the review
workflows (see `translations.roles`). Safe to run again; it prints only what it changed."""

from django.core.management.base import BaseCommand

from translations.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create or update the Communications, Moderators, Translation reviewers and per-language "
        "Translators groups, their permissions, and the Translation review and Communications "
        "review workflows. Running it again changes nothing."
    )

    def handle(self, *args, **options):
        report = setup_roles()
        for line in report.changes:
            self.stdout.write(f"  {line}")
        for note in report.notes:
            self.stdout.write(self.style.WARNING(f"  {note}"))
        if report.changes:
            self.stdout.write(self.style.SUCCESS(f"Roles updated: {len(report.changes)} changes."))
        else:
            self.stdout.write(self.style.SUCCESS("Roles already up to date: nothing changed."))
