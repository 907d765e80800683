"""The members of a network: every other site of the install, with its latest news posts and
projects in the visitor's language.

Six queries whatever the number of sites and pages: the sites, their home pages in the active
language, their organisations' names (two), the news posts and the projects (the latter two
ranked per site by a window function, so each site gets its own latest few). Each page keeps
its own locale and is linked on the site that owns it (`{% pageurl %}` gives another site's
page its absolute address).
"""

from dataclasses import dataclass, field

from django.db.models import Window
from django.db.models.functions import RowNumber, Substr
from wagtail.models import Site

from home.i18n import active_locale
from home.models import FooterText, HomePage, SiteSettings
from home.site_trees import HOME_PATH_LENGTH, home_path, in_trees_q
from news.models import NewsPage
from projects.models import ProjectPage


@dataclass
class Member:
    """One member organisation: its site, its home page in the visitor's language (None when
    it is not published in that language), its organisation's name in that language (from its
    footer text; None when untranslated) and what it lists."""

    site: Site
    home: HomePage = None
    news: list = field(default_factory=list)
    projects: list = field(default_factory=list)
    organisation_name: str = None

    @property
    def name(self):
        """The organisation's name in the visitor's language, else the site's name (a proper
        name, in the site's own language), else the home page's title."""
        return (
            self.organisation_name
            or self.site.site_name
            or (self.home.title if self.home else self.site.hostname)
        )

    @property
    def name_language(self):
        """The language the name is written in, when it is not the visitor's."""
        if self.organisation_name or (self.home and not self.site.site_name):
            return None
        code = self.site.root_page.locale.language_code
        return None if code == active_locale().language_code else code


def member_sites(network_home):
    """Every site but the network's own (whose root is `network_home` or a translation of it),
    by name."""
    return list(
        Site.objects.exclude(root_page__translation_key=network_home.translation_key)
        .select_related("root_page__locale")
        .order_by("site_name", "hostname")
    )


def organisation_names(sites, locale):
    """{site pk: its organisation's name in `locale`}, from each site's footer text where it is
    translated into that language; two queries."""
    footer_keys = dict(
        SiteSettings.objects.filter(site__in=sites, footer_text__isnull=False).values_list(
            "site_id", "footer_text__translation_key"
        )
    )
    names = dict(
        FooterText.objects.filter(
            translation_key__in=footer_keys.values(), locale_id=locale.pk
        ).values_list("translation_key", "organisation_name")
    )
    return {site_id: names.get(key) for site_id, key in footer_keys.items()}


def latest_per_home(queryset, homes, count, order_by):
    """The first `count` pages of `queryset` (in `order_by`) below each of `homes`, as
    {home path: [pages]}; one query."""
    if not homes:
        return {}
    ranked = queryset.filter(in_trees_q([home.path for home in homes])).annotate(
        rank=Window(
            RowNumber(), partition_by=Substr("path", 1, HOME_PATH_LENGTH), order_by=order_by
        )
    )
    pages = {}
    for page in ranked.filter(rank__lte=count).order_by("rank"):
        pages.setdefault(home_path(page.path), []).append(page)
    return pages


def network_members(network_home, count):
    """[Member] of the network whose home page is `network_home`, each with up to `count` news
    posts and projects in the active language: live, public and no alias."""
    sites = member_sites(network_home)
    locale = active_locale()
    roots = {site.root_page.translation_key for site in sites}
    homes = {
        home.translation_key: home
        for home in HomePage.objects.live()
        .public()
        .filter(alias_of__isnull=True, locale_id=locale.pk, translation_key__in=roots)
    }

    def listed(model):
        return model.objects.live().public().filter(locale_id=locale.pk, alias_of__isnull=True)

    news = latest_per_home(
        listed(NewsPage).select_related("locale"), list(homes.values()), count, ["-date", "-pk"]
    )
    projects = latest_per_home(
        listed(ProjectPage).select_related("locale"),
        list(homes.values()),
        count,
        ["-featured", "-start_date", "title"],
    )
    names = organisation_names(sites, locale)
    members = []
    for site in sites:
        home = homes.get(site.root_page.translation_key)
        path = home.path if home else None
        members.append(
            Member(
                site,
                home,
                news.get(path, []),
                projects.get(path, []) if home else [],
                names.get(site.pk),
            )
        )
    return members
