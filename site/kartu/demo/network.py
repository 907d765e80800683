"""The network demo: a second organisation on the same install, the Lielupe rural partnership
(data/network/lielupe.yaml), on its own host name beside the Tauragė LAG's site, each with its
own editor and translator.

Built after `load_demo` (it links the posts to the shared Moldova project and news categories
when they exist) by `load_network_demo`: its own site, Latvian home page and news with an
English translation, its two webinars as events, its settings, and both organisations' groups
and people through `add_site`, as a network administrator would make them; then the network
home (data/network/network_home.yaml) on network.localhost, which lists both. Every step finds
what an earlier run made, so a second run creates nothing.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Site

from home.models import FooterText, HomePage, SiteSettings
from network.sites import add_network_home
from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsPageProject
from projects.models import ProjectPage
from translations.site_roles import EDITORS, TRANSLATORS
from translations.sites import add_site

from .content import Content
from .events import build_event_post, event_specs
from .pagetools import get_or_create_page, root_page
from .sitesettings import _update
from .tally import Tally
from .text import Catalogue, text
from .translation import translate


def lielupe_home(spec, lv, tally):
    """The Latvian home page at the top of the tree, and the Site serving it."""
    site_spec = spec["site"]
    home = get_or_create_page(
        root_page(),
        HomePage,
        text(spec["home"]["slug"], "lv"),
        tally,
        find_by={"locale": lv, "slug": text(spec["home"]["slug"], "lv")},
        locale_id=lv.pk,  # the tree's root has the default language: this site's is Latvian
        title=text(spec["home"]["title"], "lv"),
        intro=text(spec["home"]["intro"], "lv"),
    )
    wanted = {"root_page_id": home.pk, "site_name": site_spec["name"]}
    site = Site.objects.filter(hostname=site_spec["hostname"], port=site_spec["port"]).first()
    if site is None:
        Site.objects.create(hostname=site_spec["hostname"], port=site_spec["port"], **wanted)
        tally.created("site")
    else:
        tally.record("site", _update(site, wanted))
    return home


def lielupe_news(spec, home, content, tally):
    """The news index, the Moldova post and Lielupe's two webinars (its own, built on no other
    site), in Latvian."""
    index_spec = spec["news_index"]
    index = get_or_create_page(
        home,
        NewsIndexPage,
        text(index_spec["slug"], "lv"),
        tally,
        find_by={},
        title=text(index_spec["title"], "lv"),
        intro=text(index_spec["intro"], "lv"),
        show_in_menus=True,
    )
    moldova = ProjectPage.objects.filter(slug=spec["project"], locale=home.locale).first()
    category = NewsCategory.objects.filter(slug="webinars").first()
    webinars = category.get_translation_or_none(home.locale) if category else None
    posts = []
    for post_spec in spec["posts"]:
        posts.append(
            get_or_create_page(
                index,
                NewsPage,
                text(post_spec["slug"], "lv"),
                tally,
                title=text(post_spec["title"], "lv"),
                date=post_spec["date"],
                intro=text(post_spec["intro"], "lv"),
                children={"related_projects": related(moldova)},
            )
        )
    today = timezone.localdate()
    if moldova is None or webinars is None:
        return [index, *posts]  # the Tauragė demo (load_demo) has not been loaded
    for code, event_spec in event_specs(content, site="lielupe"):
        projects = {event_spec["project"]: moldova}
        categories = {"webinars": webinars}
        posts.append(build_event_post(event_spec, code, index, categories, projects, today, tally))
    return [index, *posts]


def related(project):
    return [NewsPageProject(project=project, sort_order=0)] if project else []


def lielupe_settings(spec, site, catalogue, locales, tally):
    footer_spec = spec["footer"]
    footer = FooterText.objects.filter(
        locale=locales["lv"], organisation_name=text(footer_spec["organisation_name"], "lv")
    ).first()
    if footer is None:
        footer = FooterText.objects.create(
            locale=locales["lv"],
            organisation_name=text(footer_spec["organisation_name"], "lv"),
            address=footer_spec["address"],
            office_hours=text(footer_spec["office_hours"], "lv"),
        )
        tally.created("snippet: FooterText")
    translate(footer, locales["en"], catalogue, tally)
    wanted = {"footer_text": footer, "time_zone": spec["time_zone"], **spec["contacts"]}
    tally.record("site settings: Lielupe", _update(SiteSettings.for_site(site), wanted))


def demo_users(users, site, tally):
    """Each organisation's editor and translator, in that site's groups (made by add_site)."""
    user_model, logins = get_user_model(), []
    for spec in users:
        user = user_model.objects.filter(username=spec["username"]).first()
        if user is None:
            user = user_model.objects.create_user(
                username=spec["username"], email=spec["email"], password=spec["password"]
            )
            tally.created("user")
        else:
            tally.present("user")
        user.groups.add(site_group(site, spec["role"]))
        logins.append((spec["username"], spec["password"], site.hostname))
    return logins


def site_group(site, role):
    name = site.site_name or site.hostname
    if role == "editors":
        return Group.objects.get(name=EDITORS.format(site=name))
    code = role.removeprefix("translators-")
    language = dict(settings.LANGUAGES)[code]
    return Group.objects.get(name=TRANSLATORS.format(site=name, language=language))


def network_home(spec, catalogue, locales, tally):
    """The network's own site on network.localhost (`add_network_home`, in English), its
    home page translated into Lithuanian and Latvian, and its groups (`add_site`)."""
    source = spec["languages"][0]
    name = text(spec["title"], source)
    report = add_network_home(spec["hostname"], name, [source], spec["port"])
    tally.record("site: network home", bool(report.changes))
    home = report.home
    if home.intro != text(spec["intro"], source):
        home.intro = text(spec["intro"], source)
        home.save_revision().publish()
        tally.record("network home introduction", True)
    for code in spec["languages"][1:]:
        translate(home, locales[code], catalogue, tally)
    report = add_site(spec["hostname"], name, spec["languages"], spec["port"])
    tally.record("site groups: network home", bool(report.changes))


def load_network_demo(content=None):
    """Build the second organisation and both organisations' groups; (tally, logins)."""
    content = content or Content()
    spec = content["network/lielupe"]
    tally = Tally()
    catalogue = Catalogue.from_documents(content.everything())
    locales = {code: Locale.objects.get(language_code=code) for code in ("lt", "lv", "en")}

    home = lielupe_home(spec, locales["lv"], tally)
    pages = [home, *lielupe_news(spec, home, content, tally)]
    for page in pages:  # parents first
        translate(page, locales["en"], catalogue, tally)
    site_spec = spec["site"]
    report = add_site(
        site_spec["hostname"], site_spec["name"], site_spec["languages"], site_spec["port"]
    )
    tally.record("site groups: Lielupe", bool(report.changes))
    lielupe_settings(spec, report.site, catalogue, locales, tally)
    logins = demo_users(spec["users"], report.site, tally)

    taurage = Site.objects.get(is_default_site=True)
    report = add_site(
        taurage.hostname, spec["taurage"]["name"], spec["taurage"]["languages"], taurage.port
    )
    tally.record("site groups: Tauragė", bool(report.changes))
    logins += demo_users(spec["taurage"]["users"], taurage, tally)
    network_home(content["network/network_home"], catalogue, locales, tally)
    return tally, logins
