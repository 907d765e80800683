"""`manage.py erase_member <page id or slug> [--yes] [--user NAME]`: erase a member on request
(clusters.erasure says what goes and what stays). It lists what it would delete and asks
before deleting, unless `--yes`."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from clusters.erasure import MemberNotFound, erase, find_member, plan


class Command(BaseCommand):
    help = (
        "Erase a member profile on request: every language of it, its images (with renditions "
        "and files), its publication consents and the enquiries sent to it. Leaves one log "
        "entry naming no one."
    )

    def add_arguments(self, parser):
        parser.add_argument("member", help="the profile's page id, or its slug")
        parser.add_argument("--yes", action="store_true", help="do not ask before deleting")
        parser.add_argument(
            "--user", help="the admin user on whose behalf this runs (recorded in the log entry)"
        )

    def handle(self, *args, member, yes, user, **options):
        try:
            profile = find_member(member)
        except MemberNotFound as error:
            raise CommandError(str(error)) from error
        admin_user = None
        if user:
            admin_user = get_user_model().objects.filter(username=user).first()
            if admin_user is None:
                raise CommandError(f"There is no user “{user}”.")
        erasure = plan(profile)
        self.describe(erasure)
        if not yes:
            answer = input("Type “yes” to erase all of this for good: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing was erased.")
        entry = erase(erasure, user=admin_user)
        self.stdout.write(
            self.style.SUCCESS(
                f"Erased member profile #{profile.pk}: {len(erasure.pages)} pages, "
                f"{len(erasure.images)} images, {erasure.consents} consents, "
                f"{erasure.enquiries} enquiries. Log entry {entry.pk} kept."
            )
        )

    def describe(self, erasure):
        write = self.stdout.write
        write(f"Member profile #{erasure.member.pk} “{erasure.member.title}” will be erased:")
        for page in erasure.pages:
            kind = "alias" if page.alias_of_id else "page"
            write(f"  {kind} {page.pk} [{page.locale.language_code}] {page.url_path}")
        for image in erasure.images:
            write(f"  image {image.pk} “{image.title}” with its renditions and files")
        write(f"  {erasure.consents} publication consents, {erasure.enquiries} enquiries")
        for image, others in erasure.shared_images:
            write(
                self.style.WARNING(
                    f"  kept: image {image.pk} “{image.title}”, also used by {', '.join(others)}"
                )
            )
