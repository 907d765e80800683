"""The EU visibility rules (compliance.rules), one test per rule, on pages built here, in
Lithuanian and Latvian."""

import datetime

import pytest
from django.utils import translation

from compliance.rules import check_page, check_pages
from tests import factories
from tests.compliance_site import bilingual_site, complete_project
from tests.conftest import translate_now


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


def test_a_project_whose_programme_has_no_disclaimer_is_flagged(site_tree):
    project = complete_project(site_tree).project
    project.programme.disclaimers.all().delete()
    news = factories.NewsPageFactory(parent=site_tree.news_index)
    factories.NewsPageProjectFactory(page=news, project=project)
    results = check_pages([project, news])
    # Without a disclaimer there is no emblem either, which this ERDF programme requires.
    assert rules_of(results[project.pk]) == ["disclaimer", "emblem"]
    assert rules_of(results[news.pk]) == ["disclaimer", "emblem"]
    assert f"/admin/pages/{project.pk}/edit/" == results[news.pk][0].edit_url
    assert project.title in str(results[news.pk][0].message)


def test_a_disclaimer_missing_in_latvian_is_flagged_on_latvian_pages_only(site):
    site.disclaimer_lv.delete()
    results = check_pages([site.project, site.project_lv, site.news, site.news_lv])
    assert results[site.project.pk] == results[site.news.pk] == []
    finding = results[site.project_lv.pk][0]
    assert rules_of(results[site.project_lv.pk]) == ["disclaimer_language"]
    assert rules_of(results[site.news_lv.pk]) == ["disclaimer_language"]
    assert finding.edit_url == (
        f"/admin/localize/submit/snippet/projects/fundingdisclaimer/{site.disclaimer.pk}/"
    )
    with translation.override("en"):
        assert "not translated into Latvian" in str(finding.message)


def test_a_latvian_disclaimer_still_in_lithuanian_words_is_flagged(site):
    site.disclaimer_lv.statement = site.disclaimer.statement
    site.disclaimer_lv.save()
    [finding] = check_page(site.project_lv)
    assert finding.rule == "disclaimer_language"
    assert (
        finding.edit_url
        == f"/admin/snippets/projects/fundingdisclaimer/edit/{site.disclaimer_lv.pk}/"
    )


def test_a_disclaimer_without_the_emblem_is_flagged_where_the_fund_requires_it(site):
    site.disclaimer_lv.show_emblem = False
    site.disclaimer_lv.save()
    assert check_page(site.project) == []
    assert rules_of(check_page(site.project_lv)) == ["emblem"]
    assert rules_of(check_page(site.news_lv)) == ["emblem"]


def test_national_funding_needs_no_emblem(site_tree):
    built = complete_project(site_tree)
    built.programme.fund = "national"
    built.programme.save()
    built.disclaimer.show_emblem = False
    built.disclaimer.save()
    assert check_page(built.project) == []


def test_a_missing_eu_contribution_is_flagged(site_tree):
    project = complete_project(site_tree, eu_contribution=None).project
    [finding] = check_page(project)
    assert finding.rule == "facts"
    with translation.override("en"):
        assert str(finding.message) == "A funding fact is missing: EU contribution (EUR)."


def test_a_nationally_funded_project_states_no_eu_contribution(site_tree):
    built = complete_project(site_tree, eu_contribution=None)
    built.programme.fund = "national"
    built.programme.save()
    assert check_page(built.project) == []


def test_a_maximum_co_financing_rate_stands_for_the_eu_contribution(site_tree):
    project = complete_project(site_tree, eu_contribution=None, maximum_rate=85).project
    assert check_page(project) == []


def test_a_project_without_partners_is_flagged(site_tree):
    project = complete_project(site_tree).project
    project.partners.all().delete()
    [finding] = check_page(project)
    assert finding.rule == "facts"
    with translation.override("en"):
        assert str(finding.message) == "A funding fact is missing: at least one partner."


def test_empty_aims_in_latvian_are_flagged_in_latvian_only(site):
    site.project_lv.aims = "<p> </p>"
    site.project_lv.save_revision().publish()
    assert check_page(site.project) == []
    assert rules_of(check_page(site.project_lv)) == ["aims"]


def test_a_finished_project_without_results_is_flagged(site_tree):
    project = complete_project(site_tree, results="").project
    [finding] = check_page(project)
    assert finding.rule == "results"
    assert "2020" in str(finding.message)


def test_a_running_project_needs_no_results_yet(site_tree):
    next_year = datetime.date.today().year + 1
    project = complete_project(
        site_tree, results="", end_date=datetime.date(next_year, 12, 31)
    ).project
    assert check_page(project) == []


def test_a_project_with_a_latvian_partner_not_published_in_latvian_is_flagged(site):
    lonely = complete_project(site.tree, title="Vienas").project
    factories.ProjectPartnerFactory(page=lonely, organisation__country="LV")
    [finding] = check_page(lonely)
    assert (finding.rule, finding.language) == ("language", "lv")
    assert finding.edit_url == f"/admin/localize/submit/page/{lonely.pk}/"
    with translation.override("en"):
        assert "Latvian" in str(finding.message)


def test_a_project_without_latvian_partners_is_not_asked_for_latvian(site):
    lithuanian_only = complete_project(site.tree, title="Vienas").project
    assert check_page(lithuanian_only) == []


def test_a_polish_partner_asks_for_polish_only_when_the_site_publishes_it(site):
    project = complete_project(site.tree, title="Su Lenkija").project
    factories.ProjectPartnerFactory(page=project, organisation__country="PL")
    assert check_page(project) == []
    translate_now(site.tree.home, "pl", {"Pradžia": "Strona główna"})
    [finding] = check_page(project)
    assert (finding.rule, finding.language) == ("language", "pl")


def test_a_latvian_draft_is_flagged_with_a_link_to_its_editor(site):
    site.project_lv.unpublish()
    [finding] = check_page(site.project)
    assert finding.rule == "language"
    assert finding.edit_url == f"/admin/pages/{site.project_lv.pk}/edit/"


def test_pages_the_rules_do_not_cover_have_no_result(site_tree):
    unrelated = factories.NewsPageFactory(parent=site_tree.news_index)
    assert check_pages([unrelated, site_tree.home]) == {}


def test_a_project_is_asked_only_for_the_languages_its_own_site_publishes(two_sites):
    # Lielupe's site publishes Latvian; Tauragė's (Lithuanian only) does not.
    project = complete_project(two_sites.a, title="Tik lietuviškai").project
    factories.ProjectPartnerFactory(page=project, organisation__country="LV")
    assert check_page(project) == []
