"""The site frame: the Lithuanian home page, the three indexes and the standard pages, all
translated into the other four languages; and the default Site pointing at the home page.

Content: data/pages/frame.yaml (home page and indexes) and one file per standard page."""

from wagtail.models import Page, Site

from clusters.models import ClusterIndexPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage
from projects.models import ProjectIndexPage

from .blocks import stream
from .pagetools import get_or_create_page, root_page
from .text import text

INDEX_MODELS = {"news": NewsIndexPage, "projects": ProjectIndexPage, "clusters": ClusterIndexPage}


def build_frame(content, locales, refs, images, tally):
    """The Lithuanian home page, indexes and standard pages; the Site pointing at them."""
    frame_spec = content["pages/frame"]
    home_spec = frame_spec["home"]
    home = get_or_create_page(
        root_page(),
        HomePage,
        text(home_spec["slug"], "lt"),
        tally,
        find_by={"locale": locales["lt"]},  # one home page per language
        title=text(home_spec["title"], "lt"),
        intro=text(home_spec["intro"], "lt"),
        body=stream(home_spec["body"], "lt", refs, images),
    )
    set_up_site(home, content["site_settings"]["site"], tally)
    frame = {"home": home}
    for spec in frame_spec["indexes"]:
        model = INDEX_MODELS[spec["kind"]]
        frame[model] = get_or_create_page(
            home,
            model,
            text(spec["slug"], "lt"),
            tally,
            find_by={},
            title=text(spec["title"], "lt"),
            intro=text(spec["intro"], "lt"),
            show_in_menus=True,
        )
    frame["standard"] = {
        name: build_standard_page(home, content[f"pages/{name}"], refs, images, tally)
        for name in frame_spec["standard_pages"]
    }
    return frame


def build_standard_page(home, spec, refs, images, tally):
    return get_or_create_page(
        home,
        StandardPage,
        text(spec["slug"], "lt"),
        tally,
        title=text(spec["title"], "lt"),
        intro=text(spec["intro"], "lt"),
        body=stream(spec["body"], "lt", refs, images),
        show_in_menus=spec["show_in_menus"],
    )


def set_up_site(home, address, tally):
    """Point the default Site at the Lithuanian home page; remove Wagtail's welcome page."""
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    # Where `make run` serves the demo, so canonical and sitemap addresses work as links.
    wanted = {**address, "root_page_id": home.pk}
    if site.pk and all(getattr(site, name) == value for name, value in wanted.items()):
        tally.present("site settings: default site")
    else:
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()
        tally.created("site settings: default site")
    welcome = Page.objects.filter(
        depth=2, content_type__app_label="wagtailcore", content_type__model="page", slug="home"
    ).first()
    if (
        welcome is not None
        and not welcome.get_children().exists()
        and not welcome.sites_rooted_here.exists()
    ):
        welcome.delete()
