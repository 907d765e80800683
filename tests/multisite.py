"""Two organisations' sites on one install, for the multi-site tests.

Site A is `site_tree` (Tauragė, Lithuanian only, the default site, answering on `testserver`).
Site B (Lielupe, `lielupe.localhost`) is Latvian with a Lithuanian translation, so both sites
have Lithuanian pages and a test can prove one never shows the other's. Each has its own
settings and footer text, a news index and a post whose title both share a word ("mokymai").
"""

from types import SimpleNamespace

from wagtail.models import Page, Site

from home.models import SiteSettings
from tests import factories

LIELUPE = "lielupe.localhost"


def published_copy(page, locale):
    """`page` copied into `locale` (its parent must be there already) and published."""
    copy = page.copy_for_translation(locale)
    copy.save_revision().publish()
    return copy.specific_class.objects.get(pk=copy.pk)


def site_settings(site, organisation_name, locale, email):
    footer = factories.FooterTextFactory(organisation_name=organisation_name, locale=locale)
    values = SiteSettings.for_site(site)
    values.footer_text = footer
    values.email = email
    values.save()
    return values


def build_two_sites(site_tree, locales):
    a_post = factories.NewsPageFactory(
        parent=site_tree.news_index, title="Tauragės mokymai", slug="taurages-mokymai"
    )
    site_settings(site_tree.site, "Tauragės VVG", locales["lt"], "info@taurage.example")
    lv = {"locale": locales["lv"]}
    home = factories.HomePageFactory(
        parent=Page.get_first_root_node(), title="Lielupe", slug="lielupe", **lv
    )
    site = Site.objects.create(hostname=LIELUPE, port=80, root_page=home, site_name="Lielupe")
    news = factories.NewsIndexPageFactory(parent=home, title="Jaunumi", slug="jaunumi", **lv)
    post = factories.NewsPageFactory(
        parent=news, title="Lielupes vebinārs", slug="lielupes-vebinars", **lv
    )
    lt_home = published_copy(home, locales["lt"])
    lt_news = published_copy(news, locales["lt"])
    lt_post = published_copy(post, locales["lt"])
    lt_post.title = "Lielupės mokymai"
    lt_post.save_revision().publish()
    site_settings(site, "Lauku partnerība “Lielupe”", locales["lv"], "info@lielupe.example")
    return SimpleNamespace(
        a=site_tree,
        a_post=a_post,
        b=SimpleNamespace(
            site=site,
            home=home,
            news_index=news,
            post=post,
            lt_home=lt_home,
            lt_news=lt_news,
            lt_post=lt_post,
        ),
    )
