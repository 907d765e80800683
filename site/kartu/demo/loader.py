"""Builds the whole demo site in order: reference data and the Lithuanian frame, each translated
into the other four languages, projects, the cluster (and one member awaiting consent, a draft),
news and events, translations into English (of the cluster into Latvian, of the cluster and its
Polish members into Polish, of the Crafts project and its news into Russian, of one project into
Latvian with its disclaimer left untranslated), a post scheduled to go live tomorrow, two
enquiries to members, settings, users and their roles, something for review (a translation
awaiting it, a page out of date), the glossary, and a Latvian translation job in progress.

The content comes from the YAML files under data/ (see content.py), read once per run; every
text in them also feeds the catalogue the translations are looked up in.

Every step finds what an earlier run made (by locale and slug, name or title, or by an existing
translation), so a second run creates nothing.
"""

from django.utils import timezone
from wagtail.models import Locale, Site

from clusters.models import ClusterIndexPage
from news.models import NewsIndexPage
from projects.models import ProjectIndexPage

from .content import Content
from .events import build_event_post, event_specs
from .glossary import build_glossary
from .images import ImageLibrary
from .jobs import build_translation_job
from .members import build_cluster, build_enquiries
from .news import build_post, build_scheduled_post, post_specs
from .pages import build_frame
from .projects import build_project, project_specs
from .review import build_review_examples
from .sitesettings import build_site_settings
from .snippets import build_snippets, snippet_translations
from .tally import Tally
from .text import Catalogue
from .translation import translate
from .users import build_users

LANGUAGES = ("lt", "lv", "pl", "en", "ru")


def load_demo(content=None):
    """Build the demo from `content` (the data files by default); return (tally, logins)."""
    content = content or Content()
    tally = Tally()
    catalogue = Catalogue.from_documents(content.everything())
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    lt, lv, pl, en, ru = (locales[code] for code in LANGUAGES)
    images = ImageLibrary(tally)

    refs = build_snippets(content, locales, tally)
    for snippet, locale in snippet_translations(refs, locales):
        translate(snippet, locale, catalogue, tally)

    frame = build_frame(content, locales, refs, images, tally)
    frame_pages = [
        frame["home"],
        *(frame[model] for model in (NewsIndexPage, ProjectIndexPage, ClusterIndexPage)),
        *frame["standard"].values(),
    ]
    for locale in (lv, pl, en, ru):
        for page in frame_pages:  # parents first: the home page leads the list
            translate(page, locale, catalogue, tally)

    indexes = {
        (model, code): frame[model] if code == "lt" else frame[model].get_translation(locales[code])
        for model in (NewsIndexPage, ProjectIndexPage)
        for code in ("lt", "lv")
    }
    projects = {
        spec["key"]: build_project(
            spec, code, indexes[(ProjectIndexPage, code)], refs, images, tally
        )
        for code, spec in project_specs(content)
    }
    cluster, members = build_cluster(
        content, frame[ClusterIndexPage], projects, refs, images, tally
    )
    categories = {
        "lt": refs["category"],
        "lv": {slug: category.get_translation(lv) for slug, category in refs["category"].items()},
    }
    posts = [
        build_post(
            spec,
            code,
            indexes[(NewsIndexPage, code)],
            categories[code],
            projects,
            refs,
            images,
            tally,
        )
        for code, spec in post_specs(content)
    ]
    today = timezone.localdate()
    posts += [
        build_event_post(
            spec, code, indexes[(NewsIndexPage, code)], categories[code], projects, today, tally
        )
        for code, spec in event_specs(content)
    ]

    for page in [*projects.values(), cluster, *members, *posts]:
        translate(page, en, catalogue, tally)
    # A Latvian page whose disclaimer is not translated: the Lithuanian one shows there.
    south_baltic = projects["south-baltic"]
    translate(south_baltic, lv, catalogue, tally, leave=[south_baltic.funding_disclaimer])
    # Written and approved, going live tomorrow: translated once it is live.
    build_scheduled_post(
        content, indexes[(NewsIndexPage, "lt")], categories["lt"], projects, refs, images, tally
    )
    # The cluster's directory is kept in Lithuanian; the Latvian site shows it translated.
    for page in [cluster, *members]:  # parents first: the cluster leads the list
        translate(page, lv, catalogue, tally)
    # The Polish craftspeople read their profiles, their cluster and the Lithuanian–Polish
    # project that founded it in Polish; the Crafts project's partners in Pskov read it and
    # its news in Russian.
    polish = [member for member in members if member.country == "PL"]
    for page in [projects["taurage"], cluster, *polish]:
        translate(page, pl, catalogue, tally)
    crafts = projects["crafts"]
    reporting = set(crafts.news_links.values_list("page_id", flat=True))
    for page in [crafts, *(post for post in posts if post.pk in reporting)]:
        translate(page, ru, catalogue, tally)
    build_enquiries(content, members, tally)

    site = Site.objects.get(is_default_site=True)
    build_site_settings(content, site, refs, tally)
    logins, users = build_users(content, tally)
    build_review_examples(content, frame, locales, users, tally)
    build_glossary(tally)
    build_translation_job(content, projects, locales, users, tally)
    return tally, logins
