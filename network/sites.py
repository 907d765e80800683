"""`add_network_home`: the network's own site, whose root is a NetworkHomePage, in one
idempotent step: the Site on its host name, the home page in the network's first language and
its translations into the others (wagtail-localize translations, published with the source
text until a translator translates them).

Settings, footer and the network's own editors' and translators' groups come from
`manage.py add_site` with the same host name afterwards, as for any organisation's site.
"""

from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale, Site

from home.site_setup import (
    SiteSetupError,
    check_languages,
    create_site,
    root_slug,
    translated_homes,
)

from .models import NetworkHomePage


class NetworkSiteError(SiteSetupError):
    """Arguments `add_network_home` cannot use: the message says what to change."""


@dataclass
class NetworkReport:
    site: Site = None
    home: NetworkHomePage = None
    changes: list = field(default_factory=list)

    def change(self, text):
        self.changes.append(text)


def network_home(hostname, port, name, locale, report):
    site = Site.objects.filter(hostname=hostname, port=port).select_related("root_page").first()
    if site is not None:
        if site.root_page.specific_class is not NetworkHomePage:
            raise NetworkSiteError(
                f"{hostname}:{port} already serves an organisation's site, not a network home."
            )
        return site, site.root_page.specific
    home = NetworkHomePage(title=name, slug=root_slug(hostname, "network"), locale=locale)
    return create_site(home, hostname, port, name, report), home


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
    translated_homes(home, languages, report)
    report.site, report.home = site, home
    return report
