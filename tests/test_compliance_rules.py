"""The EU visibility rules (compliance.rules), one test per rule, on pages built here, in
Lithuanian and Latvian."""

import datetime

import pytest

from compliance.rules import check_page, check_pages
from tests import factories
from tests.compliance_site import bilingual_site, complete_project


def rules_of(findings):
    return sorted({finding.rule for finding in findings})


@pytest.fixture
def site(site_tree):
    built = bilingual_site(site_tree)
    built.tree = site_tree
    return built


def test_complete_pages_pass_in_both_languages(site):
    results = check_pages([site.project, site.project_lv, site.news, site.news_lv])
    assert results == {
        site.project.pk: [],
        site.project_lv.pk: [],
        site.news.pk: [],
        site.news_lv.pk: [],
    }
