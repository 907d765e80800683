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

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site
from wagtail_localize.operations import translate_object

from home.models import FooterText, HomePage, SiteSettings

from .site_roles import SiteRoleBuilder


class SiteError(ValueError):
    """Arguments `add_site` cannot use: the message says what to change."""


@dataclass
class SiteReport:
    site: Site = None
    changes: list = field(default_factory=list)
    groups: dict = field(default_factory=dict)

    def change(self, text):
        self.changes.append(text)


def check_languages(codes):
    known = [code for code, _name in settings.LANGUAGES]
    unknown = [code for code in codes if code not in known]
    if not codes or unknown:
        raise SiteError(
            f"Languages must be some of {', '.join(known)} (KARTU_LANGUAGES); "
            f"not {', '.join(unknown) or 'none'}."
        )


def find_site(hostname, port):
    return Site.objects.filter(hostname=hostname, port=port).select_related("root_page").first()


def root_slug(hostname):
    """`lielupe` for lielupe.localhost: the home page's slug, made unique among the roots."""
    base = slugify(hostname.split(".")[0]) or "site"
    slug, number = base, 1
    while Page.get_first_root_node().get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


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
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    report.change(f"created the home page “{name}” ({locale.language_code})")
    site = Site.objects.create(hostname=hostname, port=port, site_name=name, root_page=home)
    report.change(f"created the site {hostname}:{port}")
    return site, home


def translated_homes(home, codes, report):
    """{code: home page} in each of `codes`, translating the source home where missing."""
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
