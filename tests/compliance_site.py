"""A project complete in Lithuanian and Latvian, for the compliance tests: every fact, aims and
results, a partner, a disclaimer with the EU emblem translated into Latvian, and a news post
about it in both languages."""

from types import SimpleNamespace

from tests import factories
from tests.conftest import translate_now

DISCLAIMER_LT = "Projektą bendrai finansuoja Europos Sąjunga."
DISCLAIMER_LV = "Projektu līdzfinansē Eiropas Savienība."


def complete_project(site_tree, title="Amatų klasteris", **fields):
    """A Lithuanian project page that passes every rule on a Lithuanian-only site."""
    disclaimer = factories.FundingDisclaimerFactory(statement=DISCLAIMER_LT, show_emblem=True)
    fields.setdefault("results", "<p>Įkurtas amatų klasteris.</p>")
    project = factories.ProjectPageFactory(
        parent=site_tree.project_index, title=title, programme=disclaimer.programme, **fields
    )
    factories.ProjectPartnerFactory(page=project, role="lead")
    return SimpleNamespace(project=project, disclaimer=disclaimer, programme=disclaimer.programme)


def bilingual_site(site_tree):
    """The site in Lithuanian and Latvian, with a complete Lithuanian–Latvian project and a news
    post about it in both: every rule passes for all four pages."""
    translate_now(site_tree.home, "lv", {"Pradžia": "Sākums"})
    translate_now(site_tree.project_index, "lv", {"Projektai": "Projekti"})
    translate_now(site_tree.news_index, "lv", {"Naujienos": "Jaunumi"})
    built = complete_project(site_tree)
    factories.ProjectPartnerFactory(page=built.project, organisation__country="LV")
    news = factories.NewsPageFactory(parent=site_tree.news_index, title="Mokymai")
    factories.NewsPageProjectFactory(page=news, project=built.project)
    translate_now(built.programme, "lv")
    built.disclaimer_lv = translate_now(built.disclaimer, "lv", {DISCLAIMER_LT: DISCLAIMER_LV})
    built.project_lv = translate_now(built.project, "lv")
    built.news = news
    built.news_lv = translate_now(news, "lv")
    return built
