"""Checking every row of a keep.eu export before anything is written.

The layout (tests/data/keep_eu_export.csv): one row per partner of a project, the project's
columns repeated on each of its rows (a project without partners has one row with the partner
columns empty). Column names are keep.eu's (EU-RULES.md), in any order, with any case and
spaces for underscores; unknown columns are ignored. The partner's website is
`organisation_website`, as `website` is the project's.

Each problem is reported with its line in the file (the header is line 1) in plain words.
"""

import html
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _

from . import values

REQUIRED = [
    "project_id",
    "project_name",
    "programme_name",
    "period",
    "project_start_date",
    "project_end_date",
    "total_budget",
    "expected_achievements",
]
PARTNER_COLUMNS = ["partner_type", "organisation_name", "country", "town", "organisation_type"]
LIMITS = {
    "project_id": 60,
    "acronym": 40,
    "project_name": 255,
    "priority_specific_objective": 255,
    "programme_name": 255,
    "organisation_name": 255,
    "town": 120,
}


@dataclass
class PartnerRecord:
    line: int
    role: str
    name: str
    country: str
    town: str
    organisation_type: str
    website: str


@dataclass
class ProjectRecord:
    line: int
    project_id: str
    fields: dict
    programme: dict
    partners: list = field(default_factory=list)


class RowProblems:
    def __init__(self):
        self.problems = []

    def add(self, line, message):
        self.problems.append((line, message))


def rich_text(plain):
    """Plain text as rich text: a paragraph per blank-line-separated block."""
    blocks = [block.strip() for block in plain.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        "<p>" + "<br/>".join(html.escape(line) for line in block.splitlines()) + "</p>"
        for block in blocks
        if block
    )


def checked_url(value):
    url = values.text(value)
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            raise ValueError(_("“%(value)s” is not a web address.") % {"value": url}) from None
    return url


class RowReader:
    """Reads one row's cells, collecting each problem instead of stopping at the first."""

    def __init__(self, line, row, problems):
        self.line, self.row, self.problems = line, row, problems

    def get(self, column, parse=values.text, required=False):
        raw = self.row.get(column)
        if values.text(raw) == "":
            if required:
                self.problems.add(
                    self.line, _("“%(column)s” is empty; it is required.") % {"column": column}
                )
            return None if parse is not values.text else ""
        try:
            value = parse(raw)
        except ValueError as error:
            self.problems.add(self.line, f"{column}: {error}")
            return None
        limit = LIMITS.get(column)
        if limit and isinstance(value, str) and len(value) > limit:
            self.problems.add(
                self.line,
                _("“%(column)s” is longer than %(limit)s characters.")
                % {"column": column, "limit": limit},
            )
        return value


def project_of(reader):
    budget = reader.get("total_budget", values.parse_amount, required=True)
    contribution = reader.get("eu_funding_amount", values.parse_amount)
    rate = reader.get("eu_funding_cofinancing_rate", values.parse_amount)
    start = reader.get("project_start_date", values.parse_date, required=True)
    end = reader.get("project_end_date", values.parse_date, required=True)
    if budget is not None and contribution is not None and contribution > budget:
        reader.problems.add(
            reader.line, _("The EU funding amount is larger than the total budget.")
        )
    if rate is not None and rate > 100:
        reader.problems.add(reader.line, _("A co-financing rate cannot be over 100 %."))
    if start and end and end < start:
        reader.problems.add(reader.line, _("The project end date is before its start date."))
    fields = {
        "title": reader.get("project_name", required=True),
        "acronym": reader.get("acronym"),
        "intro": reader.get("project_description"),
        "priority": reader.get("priority_specific_objective"),
        "aims": rich_text(reader.get("expected_achievements", required=True)),
        "results": rich_text(reader.get("actual_achievements")),
        "start_date": start,
        "end_date": end,
        "total_budget": budget,
        "eu_contribution": contribution,
        "maximum_rate": rate if contribution is None else None,
    }
    programme = {
        "name": reader.get("programme_name", required=True),
        "period": reader.get("period", values.parse_period, required=True),
        "fund": reader.get(
            "contributing_eu_funds",
            lambda v: values.choice(values.FUNDS, v, _("EU fund")),
        )
        or values.FUNDS[""],
    }
    return fields, programme


def partner_of(reader):
    if not any(values.text(reader.row.get(column)) for column in PARTNER_COLUMNS):
        return None
    return PartnerRecord(
        line=reader.line,
        role=reader.get("partner_type", lambda v: values.choice(values.ROLES, v, _("partner type")))
        or values.ROLES["partner"],
        name=reader.get("organisation_name", required=True),
        country=reader.get("country", values.parse_country, required=True),
        town=reader.get("town"),
        organisation_type=reader.get(
            "organisation_type",
            lambda v: values.choice(values.ORGANISATION_TYPES, v, _("organisation type")),
            required=True,
        ),
        website=reader.get("organisation_website", checked_url) or "",
    )


def same_project(record, fields, programme, line, problems):
    """A later row of a project must repeat its first row's project columns (or leave them
    empty, which the required checks have then reported)."""
    for key, value in [*fields.items(), *programme.items()]:
        first = record.fields.get(key) if key in record.fields else record.programme.get(key)
        if value not in (None, "") and value != first:
            problems.add(
                line,
                _(
                    "Project %(project)s has different facts here than on line %(first)s; "
                    "repeat the same project columns on every row of a project."
                )
                % {"project": record.project_id, "first": record.line},
            )
            return


def check_rows(header, rows):
    """([ProjectRecord], [(line, problem)])."""
    problems = RowProblems()
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        problems.add(
            1,
            _("The file has no column %(columns)s. The first line must name the columns.")
            % {"columns": ", ".join(missing)},
        )
        return [], problems.problems
    projects = {}
    for line, row in rows:
        reader = RowReader(line, row, problems)
        project_id = reader.get("project_id", required=True)
        fields, programme = project_of(reader)
        partner = partner_of(reader)
        if not project_id:
            continue
        record = projects.get(project_id)
        if record is None:
            record = projects[project_id] = ProjectRecord(line, project_id, fields, programme)
        else:
            same_project(record, fields, programme, line, problems)
        if partner is not None:
            record.partners.append(partner)
    for record in projects.values():
        leads = [p for p in record.partners if p.role == values.ROLES["lead"]]
        if len(leads) > 1:
            problems.add(
                leads[1].line,
                _("Project %(project)s has more than one lead partner.")
                % {"project": record.project_id},
            )
    problems.problems.sort(key=lambda problem: problem[0])
    return list(projects.values()), problems.problems
