"""What generated pages hang from and point at, found or built with the demo's own builders: the
reference data (the demo's snippets, translated into every language the pages are written in),
a handful of pictures, and in each language a home page with the news, project and cluster
indexes and one cluster.

Everything here is a few dozen objects, so it goes through wagtail-localize like the demo does:
translators find these translations in its editor. A string the demo's data files translate
gets their translation; any other is marked with its language ("[pl] Mokymai").
"""

from django.core.management.base import CommandError
from wagtail.models import Locale, Page, Site
from wagtail_localize.strings import StringValue

from clusters.models import ClusterIndexPage, ClusterPage, CraftSector, Region
from home.models import HomePage
from news.models import NewsCategory, NewsIndexPage
from projects.models import FundingDisclaimer, FundingProgramme, Organisation, ProjectIndexPage

from ..content import Content
from ..images import ImageLibrary
from ..pages import set_up_site
from ..pagetools import get_or_create_page, root_page
from ..snippets import build_snippets
from ..text import Catalogue
from ..translation import translate
from .tree import Children
from .writer import VOCABULARY

SNIPPET_KINDS = ("category", "sector", "region", "organisation", "programme", "disclaimer")
SNIPPET_MODELS = (NewsCategory, CraftSector, Region, Organisation, FundingProgramme)
SNIPPET_MODELS += (FundingDisclaimer,)
# The demo's snippets are written in these languages.
SNIPPET_LANGUAGES = ("lt", "lv")
INDEXES = {"news": NewsIndexPage, "projects": ProjectIndexPage, "clusters": ClusterIndexPage}


class MarkedCatalogue(Catalogue):
    """The demo's translations where its data files have one, else the source text marked."""

    def lookup(self, target_code, stored_source):
        known = super().lookup(target_code, stored_source)
        if known is not None:
            return known
        return f"[{target_code}] {StringValue(stored_source).render_text()}"


class Frame:
    """Where generated pages go, per language: `parents[kind][code]` (kind: news, projects,
    cluster), `source` and `targets` (Locales), the reference data `refs` in its own language
    with `localized(obj, locale)`, and the `pictures` generated pages reuse."""

    def __init__(self, source, targets, refs, parents, pictures):
        self.source, self.targets = source, targets
        self.locales = [source, *targets]
        self.refs, self.parents, self.pictures = refs, parents, pictures
        self.translations = {
            (obj.translation_key, obj.locale_id): obj
            for model in SNIPPET_MODELS
            for obj in model.objects.filter(locale__in=self.locales)
        }
        self._children = {}

    def localized(self, obj, locale):
        return self.translations.get((obj.translation_key, locale.pk), obj)

    def children(self, kind, locale):
        """The `Children` placing new pages under `kind`'s parent page in `locale`."""
        key = (kind, locale.language_code)
        if key not in self._children:
            self._children[key] = Children(self.parents[kind][locale.language_code])
        return self._children[key]

    def save(self):
        for children in self._children.values():
            children.save()


def choose_locales(codes, configured):
    """The default Locale and the other Locales to translate into: every configured language,
    or those of `codes` (a list of codes, all configured)."""
    unknown = sorted(set(codes or []) - set(configured))
    if unknown:
        raise CommandError(
            f"Unknown language(s) {', '.join(unknown)}: choose from {', '.join(configured)}."
        )
    missing = [code for code in SNIPPET_LANGUAGES if code not in configured]
    if missing:
        raise CommandError(
            f"generate_content uses the demo's reference data, written in {', '.join(missing)}: "
            "configure those languages (KARTU_LANGUAGES)."
        )
    for code in configured:
        Locale.objects.get_or_create(language_code=code)
    source = Locale.get_default()
    wanted = [code for code in configured if not codes or code in codes]
    targets = [
        Locale.objects.get(language_code=code) for code in wanted if code != source.language_code
    ]
    return source, targets


def build_reference_data(content, locales, catalogue, tally):
    """The demo's snippets, each translated into every one of `locales` (pages in those
    languages point at them)."""
    written_in = {code: Locale.objects.get(language_code=code) for code in SNIPPET_LANGUAGES}
    refs = build_snippets(content, written_in, tally)
    for kind in SNIPPET_KINDS:
        for obj in refs[kind].values():
            for locale in locales:
                if locale.pk != obj.locale_id:
                    translate(obj, locale, catalogue, tally)
    return refs


def find_home(source):
    """The default language's home page: the default site's, else the first one."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    root = site.root_page if site else None
    if root and root.locale_id == source.pk and issubclass(root.specific_class, HomePage):
        return root.specific
    return HomePage.objects.filter(locale=source, depth=2).first()


def build_pages(content, source, targets, catalogue, tally):
    """{kind: {code: page}} for news, projects, clusters and cluster, in every language."""
    spec = VOCABULARY["vocabulary"]["frame"]
    home = find_home(source)
    if home is None:
        home = get_or_create_page(
            root_page(),
            HomePage,
            spec["home"]["slug"],
            tally,
            find_by={"locale": source},
            title=spec["home"]["title"],
            intro=spec["home"]["intro"],
        )
        set_up_site(home, content["site_settings"]["site"], tally)
    pages = {"home": home}
    for kind, model in INDEXES.items():
        pages[kind] = get_or_create_page(
            home,
            model,
            spec[kind]["slug"],
            tally,
            find_by={},
            show_in_menus=True,
            title=spec[kind]["title"],
            intro=spec[kind]["intro"],
        )
    pages["cluster"] = get_or_create_page(
        pages["clusters"],
        ClusterPage,
        spec["cluster"]["slug"],
        tally,
        find_by={},
        title=spec["cluster"]["title"],
        intro=spec["cluster"]["intro"],
    )
    frame = {kind: {source.language_code: page} for kind, page in pages.items()}
    for locale in targets:
        for kind, page in pages.items():  # parents first: the home page leads
            frame[kind][locale.language_code] = translate(page, locale, catalogue, tally)
    return frame


def build_frame(codes, configured, tally):
    source, targets = choose_locales(codes, configured)
    content = Content()
    catalogue = MarkedCatalogue.from_documents(content.everything())
    refs = build_reference_data(content, [source, *targets], catalogue, tally)
    parents = build_pages(content, source, targets, catalogue, tally)
    images = ImageLibrary(tally)
    pictures = [images.get(*spec) for spec in VOCABULARY["vocabulary"]["pictures"]]
    # Pages saved by Wagtail above changed the tree: read paths and child counts afresh.
    parents = {
        kind: {code: Page.objects.get(pk=page.pk).specific for code, page in pages.items()}
        for kind, pages in parents.items()
    }
    return Frame(source, targets, refs, parents, pictures)
