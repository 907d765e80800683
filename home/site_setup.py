"""What every command that puts a new Site on the install does the same way (translations'
`add_site`, network's `add_network_home`): check the languages asked for, give the site a root
home page with a unique slug, and translate that home into the site's other languages. Each
step is idempotent and tells a report what it changed (`report.change(text)`)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site
from wagtail_localize.operations import translate_object


class SiteSetupError(ValueError):
    """Arguments a site-making command cannot use: the message says what to change."""


def check_languages(codes):
    known = [code for code, _name in settings.LANGUAGES]
    unknown = [code for code in codes if code not in known]
    if not codes or unknown:
        raise SiteSetupError(
            f"Languages must be some of {', '.join(known)} (KARTU_LANGUAGES); "
            f"not {', '.join(unknown) or 'none'}."
        )


def root_slug(hostname, fallback="site"):
    """`lielupe` for lielupe.localhost: a root home page's slug, made unique among the roots."""
    base = slugify(hostname.split(".")[0]) or fallback
    slug, number = base, 1
    while Page.get_first_root_node().get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def create_site(home, hostname, port, name, report):
    """Publish `home` (unsaved) as a new root page and serve it on hostname:port."""
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    report.change(f"created the home page “{name}” ({home.locale.language_code})")
    site = Site.objects.create(hostname=hostname, port=port, site_name=name, root_page=home)
    report.change(f"created the site {hostname}:{port}")
    return site


def translated_homes(home, codes, report):
    """{code: home page} in each of `codes`, translating the source home where missing (a
    wagtail-localize translation, published with the source text until translated)."""
    homes = {home.locale.language_code: home}
    for code in codes:
        if code in homes:
            continue
        locale = Locale.objects.get(language_code=code)
        existing = home.get_translation_or_none(locale)
        if existing is None:
            translate_object(home, [locale])
            existing = home.get_translation(locale)
            report.change(f"created the {code} home page (to translate)")
        homes[code] = existing.specific
    return homes


class SiteCommand(BaseCommand):
    """`--hostname --name --languages [--port]`, then `make_site(hostname, name, codes, port)`
    and what its report changed."""

    name_help = "The organisation's name."
    example_hostname = "lielupe.example.org"
    example_languages = "lv,en,ru"

    def make_site(self, hostname, name, codes, port):
        raise NotImplementedError

    def describe(self, report):
        """Anything the command says after the changes."""

    def add_arguments(self, parser):
        parser.add_argument("--hostname", required=True, help=f"e.g. {self.example_hostname}")
        parser.add_argument("--name", required=True, help=self.name_help)
        parser.add_argument(
            "--languages",
            required=True,
            help=f"Comma-separated codes, source first: {self.example_languages}",
        )
        parser.add_argument("--port", type=int, default=80)

    def handle(self, hostname, name, languages, port, **options):
        codes = [code.strip() for code in languages.split(",") if code.strip()]
        try:
            report = self.make_site(hostname.strip().lower(), name.strip(), codes, port)
        except SiteSetupError as error:
            raise CommandError(str(error)) from error
        for change in report.changes:
            self.stdout.write(f"  {change}")
        if not report.changes:
            self.stdout.write(f"{hostname}: nothing to change.")
        else:
            self.stdout.write(self.style.SUCCESS(f"{hostname}: {len(report.changes)} changes."))
        self.describe(report)
