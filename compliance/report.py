"""The rows of the EU visibility report: one per page and language, with what it lacks.

A row is a checked page in its own language, or (for a project not published in a language)
its page in the source language under the missing language. Built from one bulk check
(`compliance.rules`), so the report costs the same number of queries whatever the site holds.
"""

from dataclasses import dataclass, field, replace

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from news.models import NewsPage
from projects.models import ProjectPage

from .rules import RULE_LABELS, ComplianceData, check_loaded
from .rules.findings import LanguageName, page_edit_url


class PageType:
    PROJECT = "project"
    NEWS = "news"
    CHOICES = [(PROJECT, _("Project page")), (NEWS, _("News post about a project"))]


@dataclass
class ComplianceRow:
    page: Page
    language: str
    findings: list = field(default_factory=list)
    programmes: list = field(default_factory=list)  # what the page shows, each programme once
    projects: list = field(default_factory=list)  # the projects' translation keys

    @property
    def title(self):
        return self.page.title

    @property
    def edit_url(self):
        return page_edit_url(self.page.pk)

    @property
    def page_type(self):
        return PageType.PROJECT if isinstance(self.page, ProjectPage) else PageType.NEWS

    @property
    def page_type_label(self):
        return dict(PageType.CHOICES)[self.page_type]

    @property
    def language_name(self):
        return str(LanguageName(self.language))

    @property
    def programme_names(self):
        return ", ".join(str(programme) for programme in self.programmes)

    @property
    def passes(self):
        return not self.findings

    @property
    def status(self):
        return _("Passes") if self.passes else _("Fails")

    @property
    def rules(self):
        return ", ".join(str(RULE_LABELS[finding.rule]) for finding in self.findings)

    @property
    def fix_urls(self):
        return "\n".join(finding.edit_url for finding in self.findings if finding.edit_url)

    @property
    def missing(self):
        return "\n".join(str(finding.message) for finding in self.findings)


def checked_pages():
    """Live pages the rules cover, in every language: projects, and news posts about one
    (aliases are not pages of their language; `language` findings report them)."""
    projects = ProjectPage.objects.live().filter(alias_of__isnull=True).only("pk")
    news = (
        NewsPage.objects.live()
        .filter(alias_of__isnull=True, related_projects__isnull=False)
        .distinct()
        .only("pk")
    )
    return [*projects, *news]


def _source_first(data):
    """Checked pages, each project's default-language version first: a finding about a
    missing language is listed once, under the page a translation would be made from."""
    default = settings.LANGUAGE_CODE
    return sorted(
        data.checked_pages(),
        key=lambda page: (data.language(page.locale_id) != default, page.pk),
    )


def build_rows(data=None):
    """[ComplianceRow] for every page and language the rules cover, passing or not, sorted
    by title and language."""
    data = data or ComplianceData(checked_pages())
    results = check_loaded(data)
    rows, missing_languages = [], {}
    for page in _source_first(data):
        shown = data.shown_projects(page) or data.links.get(page.pk, [])
        row = ComplianceRow(
            page=page,
            language=data.language(page.locale_id),
            programmes=list(
                {project.programme.pk: project.programme for project in shown}.values()
            ),
            projects={project.translation_key for project in shown},
        )
        rows.append(row)
        for finding in results[page.pk]:
            if finding.language is None:
                row.findings.append(finding)
                continue
            key = (page.translation_key, finding.language)
            if key not in missing_languages:
                missing_languages[key] = ComplianceRow(
                    page=page,
                    language=finding.language,
                    findings=[finding],
                    programmes=row.programmes,
                    projects=row.projects,
                )
    rows.extend(missing_languages.values())
    rows.sort(key=lambda row: (row.title.casefold(), row.language, row.page.pk))
    return rows


def filter_rows(
    rows, language="", programme_key=None, project_key=None, rule="", page_type="", status=""
):
    """The rows that match the report's filters; `status` "" shows failing rows only."""

    def keep(row):
        if status == "" and row.passes or status == "passing" and not row.passes:
            return False
        if language and row.language != language:
            return False
        if programme_key and programme_key not in {str(p.translation_key) for p in row.programmes}:
            return False
        if project_key and project_key not in {str(key) for key in row.projects}:
            return False
        if rule and rule not in {finding.rule for finding in row.findings}:
            return False
        return not page_type or row.page_type == page_type

    kept = [row for row in rows if keep(row)]
    if rule:  # what the rule asks, not everything else the rows lack
        kept = [
            replace(row, findings=[finding for finding in row.findings if finding.rule == rule])
            for row in kept
        ]
    return kept
