"""Project and partner rows under keep.eu's field names (EU-RULES.md "Project facts").

keep.eu (the Interreg projects database) and the CPR Art. 49(3) list of operations hold these
facts; Kartu exports them with the same names so that a programme's database, or anyone, can
take them as they are. Six queries whatever the number of projects: the pages, the partners,
and the translations of the programmes and organisations they cite (plus the site's homes).
"""

from decimal import Decimal

from projects.models import FundingProgramme, Organisation, ProjectPage, ProjectPartner
from projects.models.snippets import Fund

from .choose import Translations, one_per_key
from .scope import visible
from .text import plain_text

PROJECT_FIELDS = [
    "project_id",
    "acronym",
    "project_name",
    "project_description",
    "language",
    "languages",
    "programme_name",
    "period",
    "priority_specific_objective",
    "expected_achievements",
    "actual_achievements",
    "project_start_date",
    "project_end_date",
    "total_budget",
    "eu_funding_amount",
    "eu_funding_cofinancing_rate",
    "contributing_eu_funds",
    "website",
]
PARTNER_FIELDS = [
    "project_id",
    "acronym",
    "partner_type",
    "organisation_name",
    "language",
    "country",
    "town",
    "organisation_type",
    "website",
]
# keep.eu names funds by their abbreviations; national money is no EU fund.
FUND_NAMES = {
    Fund.ERDF: "ERDF",
    Fund.ENI: "ENI",
    Fund.EAFRD: "EAFRD",
    Fund.ESF_PLUS: "ESF+",
    Fund.NATIONAL: "",
    Fund.OTHER: "",
}
ROLE_ORDER = {"lead": 0, "partner": 1, "associated": 2}


def money(value):
    return None if value is None else Decimal(value).quantize(Decimal("0.01"))


class ProjectData:
    """The rows of the site whose homes are `homes`, in `language` where translated."""

    def __init__(self, request, homes, language, source_language):
        self.request = request
        pages = (
            visible(ProjectPage.objects, homes)
            .select_related("programme", "locale")
            .order_by("-start_date", "title", "pk")
        )
        self.chosen = one_per_key(pages, language, source_language)
        chosen_pages = [page for page, _languages in self.chosen.values()]
        self.partners = self.partners_of(chosen_pages)
        programme_keys = {page.programme.translation_key for page in chosen_pages}
        self.programmes = Translations(
            FundingProgramme.objects.filter(translation_key__in=programme_keys).select_related(
                "locale"
            )
        )

    def partners_of(self, pages):
        partners = list(
            ProjectPartner.objects.filter(page__in=[page.pk for page in pages]).select_related(
                "organisation__locale"
            )
        )
        keys = {partner.organisation.translation_key for partner in partners}
        organisations = Translations(
            Organisation.objects.filter(translation_key__in=keys).select_related("locale")
        )
        by_page = {}
        for partner in partners:
            by_page.setdefault(partner.page_id, []).append(partner)
        self.organisations = organisations
        return by_page

    def projects(self):
        """A dict per project: its keep.eu fields and, under `partners`, its partner rows."""
        rows = []
        for page, languages in self.chosen.values():
            language = page.locale.language_code
            programme = self.programmes.pick(page.programme, language)
            row = {
                "project_id": page.project_number,
                "acronym": page.acronym,
                "project_name": page.title,
                "project_description": page.intro,
                "language": language,
                "languages": languages,
                "programme_name": programme.name,
                "period": programme.period,
                "priority_specific_objective": page.priority,
                "expected_achievements": plain_text(page.aims),
                "actual_achievements": plain_text(page.results),
                "project_start_date": page.start_date,
                "project_end_date": page.end_date,
                "total_budget": money(page.total_budget),
                "eu_funding_amount": money(page.eu_contribution),
                "eu_funding_cofinancing_rate": page.co_financing_rate,
                "contributing_eu_funds": FUND_NAMES.get(programme.fund, ""),
                "website": page.get_full_url(self.request),
            }
            row["partners"] = self.partner_rows(page, language)
            rows.append(row)
        return rows

    def partner_rows(self, page, language):
        partners = sorted(
            self.partners.get(page.pk, []),
            key=lambda p: (ROLE_ORDER.get(p.role, 3), p.sort_order or 0, p.pk),
        )
        rows = []
        for partner in partners:
            organisation = self.organisations.pick(partner.organisation, language)
            rows.append(
                {
                    "project_id": page.project_number,
                    "acronym": page.acronym,
                    "partner_type": partner.role,
                    "organisation_name": organisation.name,
                    "language": organisation.locale.language_code,
                    "country": organisation.country,
                    "town": organisation.town,
                    "organisation_type": organisation.organisation_type,
                    "website": organisation.website,
                }
            )
        return rows
