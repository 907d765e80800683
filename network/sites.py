"""`add_network_home`: the network's own site, whose root is a NetworkHomePage, in one
idempotent step: the Site on its host name, the home page in the network's first language and
its translations into the others (wagtail-localize translations, published with the source
text until a translator translates them).

Settings, footer and the network's own editors' and translators' groups come from
`manage.py add_site` with the same host name afterwards, as for any organisation's site.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site
from wagtail_localize.operations import translate_object

from .models import NetworkHomePage


class NetworkSiteError(ValueError):
    """Arguments `add_network_home` cannot use: the message says what to change."""


@dataclass
class NetworkReport:
    site: Site = None
    home: NetworkHomePage = None
    changes: list = field(default_factory=list)


def check_languages(codes):
    known = [code for code, _name in settings.LANGUAGES]
    unknown = [code for code in codes if code not in known]
    if not codes or unknown:
        raise NetworkSiteError(
            f"Languages must be some of {', '.join(known)} (KARTU_LANGUAGES); "
            f"not {', '.join(unknown) or 'none'}."
        )


def unique_root_slug(hostname):
    base = slugify(hostname.split(".")[0]) or "network"
    slug, number = base, 1
    while Page.get_first_root_node().get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def network_home(hostname, port, name, locale, report):
    site = Site.objects.filter(hostname=hostname, port=port).select_related("root_page").first()
    if site is not None:
        if site.root_page.specific_class is not NetworkHomePage:
            raise NetworkSiteError(
                f"{hostname}:{port} already serves an organisation's site, not a network home."
            )
        return site, site.root_page.specific
    home = NetworkHomePage(title=name, slug=unique_root_slug(hostname), locale=locale)
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    report.changes.append(f"created the network home page “{name}” ({locale.language_code})")
    site = Site.objects.create(hostname=hostname, port=port, site_name=name, root_page=home)
    report.changes.append(f"created the site {hostname}:{port}")
    return site, home


@transaction.atomic
def add_network_home(hostname, name, languages, port=80):
    """Create or complete the network's site; a NetworkReport of what changed (nothing the
    second time with the same arguments; new languages are added)."""
    check_languages(languages)
    locales = [Locale.objects.get_or_create(language_code=code)[0] for code in languages]
    report = NetworkReport()
    site, home = network_home(hostname, port, name, locales[0], report)
    if home.locale_id != locales[0].pk:
        raise NetworkSiteError(
            f"{hostname} is written in {home.locale.language_code} first: list that language first."
        )
    for locale in locales[1:]:
        if home.get_translation_or_none(locale) is None:
            translate_object(home, [locale])
            report.changes.append(f"created the {locale.language_code} home page (to translate)")
    report.site, report.home = site, home
    return report
