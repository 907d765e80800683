"""`add_site`: one more organisation's site on a network install, in one idempotent step.

An organisation's site is a Wagtail `Site` (its own host name) whose root is a home page in
its source language; the home page's translations into its other languages are that site's
other home pages (wagtail-localize translations, published with the source text until a
translator translates them). Its settings (SiteSettings, with a footer text naming the
organisation) and its people's groups (`translations.site_roles`) come with it. Shared
reference data (programmes, funds, organisations, sectors, regions, news categories) stays
shared by every site.

Running it again with the same arguments changes nothing; with more languages it adds them.
"""

from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale, Site

from home.models import FooterText, HomePage, SiteSettings
from home.site_setup import (
    SiteSetupError,
    check_languages,
    create_site,
    root_slug,
    translated_homes,
)

from .site_roles import SiteRoleBuilder


class SiteError(SiteSetupError):
    """Arguments `add_site` cannot use: the message says what to change."""


@dataclass
class SiteReport:
    site: Site = None
    changes: list = field(default_factory=list)
    groups: dict = field(default_factory=dict)

    def change(self, text):
        self.changes.append(text)


def find_site(hostname, port):
    return Site.objects.filter(hostname=hostname, port=port).select_related("root_page").first()


def source_home(hostname, port, name, locale, report):
    site = find_site(hostname, port)
    if site is not None:
        if site.root_page.depth != 2 or not issubclass(site.root_page.specific_class, HomePage):
            raise SiteError(f"{hostname}:{port} is served by a page that is no home page.")
        if not site.site_name:  # its groups are named after it
            site.site_name = name
            site.save(update_fields=["site_name"])
            report.change(f"the site {hostname}:{port} is named “{name}”")
        return site, site.root_page.specific
    home = HomePage(title=name, slug=root_slug(hostname), locale=locale)
    return create_site(home, hostname, port, name, report), home


def site_settings(site, name, locale, report):
    values = SiteSettings.for_site(site)
    if values.footer_text_id is None:
        values.footer_text = FooterText.objects.create(organisation_name=name, locale=locale)
        values.save()
        report.change(f"site settings of {site.hostname}: footer text “{name}”")
    return values


@transaction.atomic
def add_site(hostname, name, languages, port=80):
    """Create or complete the site; return a SiteReport of what changed (nothing the second
    time)."""
    check_languages(languages)
    for code in languages:
        Locale.objects.get_or_create(language_code=code)
    report = SiteReport()
    source = Locale.objects.get(language_code=languages[0])
    site, home = source_home(hostname, port, name, source, report)
    if home.locale_id != source.pk:
        raise SiteError(
            f"{hostname} is written in {home.locale.language_code} first: list that language first."
        )
    homes = translated_homes(home, languages, report)
    site_settings(site, name, source, report)
    roles = SiteRoleBuilder(site, homes)
    roles.build()
    report.changes.extend(roles.report.changes)
    report.groups = roles.report.groups
    report.site = site
    return report
