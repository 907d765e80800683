"""Publishing a translation purges that language's pages, not the source language's: only the
page's own other-language versions, and only when their language switchers change."""

import pytest

from tests import factories
from tests.pagecache.conftest import cache_state, warm

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def post(site_tree, translate):
    translate(site_tree.home, "lv")
    translate(site_tree.news_index, "lv")
    return factories.NewsPageFactory(parent=site_tree.news_index, title="Audimo mokymai")


def test_republishing_a_latvian_translation_purges_latvian_pages_only(
    client, post, translate, django_capture_on_commit_callbacks
):
    lv_post = translate(post, "lv", {"Audimo mokymai": "Aušanas apmācības"})
    lv_index = lv_post.get_parent()
    warm(client, lv_post.url, lv_index.url, post.url, "/lt/news/", "/lt/")
    lv_post.title = "Aušanas meistarklase"
    with django_capture_on_commit_callbacks(execute=True):
        lv_post.save_revision().publish()
    for url in [lv_post.url, lv_index.url]:
        assert "Aušanas meistarklase" in client.get(url).text, url
    for url in [post.url, "/lt/news/", "/lt/"]:
        assert cache_state(client.get(url)) == "hit", url


def test_first_latvian_translation_purges_the_lithuanian_page_that_now_links_to_it(
    client, post, translate
):
    warm(client, post.url, "/lt/news/", "/lt/")
    lv_post = translate(post, "lv", {"Audimo mokymai": "Aušanas apmācības"})
    response = client.get(post.url)
    assert cache_state(response) == "miss"
    assert f'href="{lv_post.url}"' in response.text  # the language switcher
    for url in ["/lt/news/", "/lt/"]:
        assert cache_state(client.get(url)) == "hit", url


def test_translating_a_disclaimer_changes_the_latvian_pages_not_the_lithuanian(
    client, site_tree, translate
):
    project = factories.ProjectPageFactory(parent=site_tree.project_index)
    disclaimer = factories.FundingDisclaimerFactory(
        programme=project.programme, statement="Projektą finansuoja Interreg programa."
    )
    translate(site_tree.home, "lv")
    translate(site_tree.project_index, "lv")
    lv_project = translate(project, "lv")
    warm(client, project.url, lv_project.url)
    translate(disclaimer, "lv", {"Projektą finansuoja Interreg programa.": "Finansē Interreg."})
    assert "Finansē Interreg." in client.get(lv_project.url).text
    assert cache_state(client.get(project.url)) == "hit"
