"""`manage.py reset_2fa <username>`: remove a staff member's second factor (a lost phone and no
recovery codes left); they set it up again at their next sign-in."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from security.two_factor.devices import reset_second_factor


class Command(BaseCommand):
    help = "Remove a user's authenticator app and recovery codes: they enrol again at next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        user_model = get_user_model()
        try:
            user = user_model.objects.get_by_natural_key(username)
        except user_model.DoesNotExist as error:
            raise CommandError(f"No user {username!r}.") from error
        removed = reset_second_factor(user)
        self.stdout.write(
            f"Removed {removed} second-factor device(s) of {username}: "
            "they set up two-factor sign-in again at their next sign-in."
        )
