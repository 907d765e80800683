"""The EU visibility rules for project pages and the news posts about projects.

Public API (the report, the publish warning, the dashboard and the evidence pack use it):

- `Finding(rule, message, edit_url, language=None)`: what is missing; `message` is a lazy
  string translated when shown; `edit_url` the admin view that fixes it.
- `check_pages(pages) -> {page pk: [Finding]}`: every ProjectPage and every NewsPage about
  a project among `pages` (other pages are left out), in a fixed number of queries.
- `check_page(page) -> [Finding]`: the same for one page ([] for a page the rules do not cover).
- `RULES`: {rule code: the function that checks it}, in the order the report lists them.
"""

from django.utils.translation import gettext_lazy as _

from .checks import (
    aims_described,
    disclaimer_shown,
    disclaimer_translated,
    emblem_shown,
    funding_facts,
    published_in_every_language,
    results_reported,
)
from .findings import Finding
from .loading import ComplianceData

RULES = {
    "disclaimer": disclaimer_shown,
    "disclaimer_language": disclaimer_translated,
    "emblem": emblem_shown,
    "facts": funding_facts,
    "aims": aims_described,
    "results": results_reported,
    "language": published_in_every_language,
}

RULE_LABELS = {
    "disclaimer": _("Funding disclaimer"),
    "disclaimer_language": _("Disclaimer in the page's language"),
    "emblem": _("EU emblem"),
    "facts": _("Funding facts"),
    "aims": _("Aims"),
    "results": _("Results"),
    "language": _("Published in every language"),
}


def findings_for(page, data):
    findings = []
    for rule in RULES.values():
        for finding in rule(page, data):
            if finding not in findings:
                findings.append(finding)
    return findings


def check_loaded(data):
    """{page pk: [Finding]} for the pages `data` holds."""
    return {page.pk: findings_for(page, data) for page in data.checked_pages()}


def check_pages(pages):
    """{page pk: [Finding]} for each ProjectPage and each NewsPage about a project among
    `pages` (any page objects or a queryset); an empty list when a page passes. The query
    count does not depend on how many pages there are."""
    return check_loaded(ComplianceData(pages))


def check_page(page):
    """[Finding] for one page; [] when it passes or when the rules do not apply to it."""
    return check_pages([page]).get(page.pk, [])


__all__ = ["RULES", "RULE_LABELS", "ComplianceData", "Finding", "check_page", "check_pages"]
