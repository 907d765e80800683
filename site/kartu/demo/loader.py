"""Builds the whole demo site in order: reference data, the Lithuanian frame and its Latvian and
English translations, projects, the cluster, news, translations into English (and of the
cluster into Latvian), settings, users and their roles, and something for review: a translation
awaiting it, a page out of date.

Every step finds what an earlier run made (by locale and slug, name or title, or by an existing
translation), so a second run creates nothing.
"""

from wagtail.models import Locale, Site

from clusters.models import ClusterIndexPage
from news.models import NewsIndexPage
from projects.models import ProjectIndexPage

from .images import ImageLibrary
from .members import build_cluster
from .news import build_post, lt_posts, lv_posts
from .pages import build_frame
from .projects import PROJECTS, build_project
from .review import build_review_examples
from .sitesettings import build_site_settings
from .snippets import build_snippets, snippet_translations
from .tally import Tally
from .translation import translate
from .users import build_users

LANGUAGES = ("lt", "lv", "en")


def load_demo():
    """Build the demo; return (tally, logins)."""
    tally = Tally()
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    lt, lv, en = (locales[code] for code in LANGUAGES)
    images = ImageLibrary(tally)

    refs = build_snippets(locales, tally)
    for snippet, locale in snippet_translations(refs, locales):
        translate(snippet, locale, tally)

    frame = build_frame(locales, images, tally)
    frame_pages = [
        frame["home"],
        *(frame[model] for model in (NewsIndexPage, ProjectIndexPage, ClusterIndexPage)),
        *frame["standard"],
    ]
    for locale in (lv, en):
        for page in frame_pages:  # parents first: the home page leads the list
            translate(page, locale, tally)

    indexes = {
        (model, code): frame[model] if code == "lt" else frame[model].get_translation(locales[code])
        for model in (NewsIndexPage, ProjectIndexPage)
        for code in ("lt", "lv")
    }
    projects = {
        spec["key"]: build_project(
            spec, indexes[(ProjectIndexPage, spec["lang"])], refs, images, tally
        )
        for spec in PROJECTS
    }
    cluster, members = build_cluster(
        frame[ClusterIndexPage], projects["taurage"], refs, images, tally
    )
    categories = {
        "lt": refs["category"],
        "lv": {slug: category.get_translation(lv) for slug, category in refs["category"].items()},
    }
    posts = [
        build_post(
            spec, indexes[(NewsIndexPage, code)], code, categories[code], projects, images, tally
        )
        for code, specs in (("lt", lt_posts(refs)), ("lv", lv_posts(refs)))
        for spec in specs
    ]

    for page in [*projects.values(), cluster, *members, *posts]:
        translate(page, en, tally)
    # The cluster's directory is kept in Lithuanian; the Latvian site shows it translated.
    for page in [cluster, *members]:  # parents first: the cluster leads the list
        translate(page, lv, tally)

    site = Site.objects.get(is_default_site=True)
    build_site_settings(site, refs, tally)
    logins, users = build_users(tally)
    build_review_examples(frame, locales, users, tally)
    return tally, logins
