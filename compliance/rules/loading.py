"""Everything the rules read about a set of pages, fetched in a fixed number of queries
however many pages there are (about ten), so that the report and the dashboard cost the same
for three projects as for three hundred."""

from collections import defaultdict

from django.utils import timezone
from wagtail.models import Locale

from home.countries import COUNTRY_LANGUAGES
from home.models import HomePage
from home.site_trees import home_path
from news.models import NewsPage, NewsPageProject
from projects.models import FundingDisclaimer, ProjectPage, ProjectPartner


class ComplianceData:
    """The checked pages and what they show, as the site's templates would pick it.

    `projects` and `news` are the checked pages by pk (news posts only when they relate to a
    project); everything else is looked up through the methods below without a query.
    """

    def __init__(self, pages):
        pks = [page.pk for page in pages]
        self.today = timezone.localdate()
        self.locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
        # Each site's languages: those with a live home page of its own (home.languages); a
        # site's home pages are translations of its root, so they share a translation key.
        self.site_locale_ids = defaultdict(set)
        self.home_sites = {}
        homes = HomePage.objects.live().filter(alias_of__isnull=True)
        for path, key, locale_id in homes.values_list("path", "translation_key", "locale_id"):
            self.site_locale_ids[key].add(locale_id)
            self.home_sites[path] = key
        self.projects = {
            page.pk: page
            for page in ProjectPage.objects.filter(pk__in=pks).select_related("programme")
        }
        news = {page.pk: page for page in NewsPage.objects.filter(pk__in=pks)}
        self.links = defaultdict(list)
        for link in (
            NewsPageProject.objects.filter(page_id__in=list(news))
            .select_related("project__programme")
            .order_by("page_id", "sort_order", "pk")
        ):
            self.links[link.page_id].append(link.project)
        self.news = {pk: page for pk, page in news.items() if self.links[pk]}
        self._load_translations()
        self.partner_counts = defaultdict(int)
        self.partner_countries = defaultdict(set)
        for page_id, country in ProjectPartner.objects.filter(
            page_id__in=list(self.projects)
        ).values_list("page_id", "organisation__country"):
            self.partner_counts[page_id] += 1
            self.partner_countries[page_id].add(country)
        self._load_disclaimers()

    def _load_translations(self):
        """Every page of each checked or related project, in every language."""
        keys = {page.translation_key for page in self.projects.values()}
        keys |= {project.translation_key for linked in self.links.values() for project in linked}
        self.translations = defaultdict(list)
        for page in (
            ProjectPage.objects.filter(translation_key__in=keys)
            .select_related("programme")
            .order_by("pk")
        ):
            self.translations[page.translation_key].append(page)

    def _load_disclaimers(self):
        """The disclaimers the projects show (chosen, else their programme's first) and every
        translation of them, with what their wording needs."""
        projects = [page for pages in self.translations.values() for page in pages]
        programme_keys = {page.programme.translation_key for page in projects}
        self.programme_disclaimer = {}
        self.programme_family_disclaimer = {}
        for programme_id, programme_key, pk in (
            FundingDisclaimer.objects.filter(programme__translation_key__in=programme_keys)
            .order_by("pk")
            .values_list("programme_id", "programme__translation_key", "pk")
        ):
            self.programme_disclaimer.setdefault(programme_id, pk)
            self.programme_family_disclaimer.setdefault(programme_key, pk)
        chosen = {page.funding_disclaimer_id for page in projects} - {None}
        wanted = chosen | set(self.programme_family_disclaimer.values())
        wanted |= set(self.programme_disclaimer.values())
        keys = FundingDisclaimer.objects.filter(pk__in=wanted).values("translation_key")
        self.disclaimers = {}
        self.disclaimer_versions = defaultdict(dict)
        for disclaimer in (
            FundingDisclaimer.objects.filter(translation_key__in=keys)
            .select_related("programme", "beneficiary")
            .order_by("pk")
        ):
            self.disclaimers[disclaimer.pk] = disclaimer
            self.disclaimer_versions[disclaimer.translation_key][disclaimer.locale_id] = disclaimer

    # Looking things up, without queries.

    def checked_pages(self):
        return [*self.projects.values(), *self.news.values()]

    def project_in(self, project, locale_id):
        """`localized()` of home.i18n: the project's page in that locale, else itself."""
        for version in self.translations.get(project.translation_key, []):
            if version.locale_id == locale_id:
                return version
        return project

    def shown_projects(self, page):
        """The projects whose disclaimer the page shows: a project page its own; a news post
        its related projects that are live in its language (NewsPage.get_related_projects)."""
        if page.pk in self.projects:
            return [page]
        shown = []
        for project in self.links.get(page.pk, []):
            version = self.project_in(project, page.locale_id)
            if version.live and version not in shown:
                shown.append(version)
        return shown

    def disclaimer_of(self, project):
        """ProjectPage.get_funding_disclaimer before it is localized: chosen, or the first of
        its programme's."""
        pk = project.funding_disclaimer_id or self.programme_disclaimer.get(project.programme_id)
        return self.disclaimers.get(pk)

    def untranslated_disclaimer(self, project):
        """The disclaimer of another language's version of the project's programme: what the
        page would show had it been translated (a translated page links to its language's
        programme, whose disclaimers are only the translated ones)."""
        return self.disclaimers.get(
            self.programme_family_disclaimer.get(project.programme.translation_key)
        )

    def disclaimer_in(self, disclaimer, locale_id):
        """The disclaimer's translation in that locale, or None."""
        return self.disclaimer_versions[disclaimer.translation_key].get(locale_id)

    def original_disclaimer(self, disclaimer):
        """The first version written (the lowest pk): what translators translate from."""
        versions = self.disclaimer_versions[disclaimer.translation_key].values()
        return min(versions, key=lambda version: version.pk)

    def owed_locale_ids(self, page):
        """The languages of the project's site it must be published in: its own (that of its first
        version) and those of its partners' countries. Other site languages are welcome, not
        owed."""
        versions = self.translations.get(page.translation_key) or [page]
        languages = {self.language(min(versions, key=lambda version: version.pk).locale_id)}
        for country in self.partner_countries.get(page.pk, ()):
            languages.update(COUNTRY_LANGUAGES.get(country, ()))
        site = self.home_sites.get(home_path(page.path))
        return {
            locale_id
            for locale_id in self.site_locale_ids.get(site, ())
            if self.language(locale_id).split("-")[0] in languages
        }

    def language(self, locale_id):
        return self.locale_codes.get(locale_id, "")
