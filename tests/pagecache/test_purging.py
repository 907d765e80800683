"""A change shows at once on every page that shows it, and leaves the other pages cached.

Purges run when the transaction commits: each change here happens inside
`django_capture_on_commit_callbacks(execute=True)`, as a request's transaction would commit.
"""

import pytest
from wagtail.models import Locale

from pagecache.signals import content_changed
from tests import factories
from tests.pagecache.conftest import cache_state, warm

pytestmark = pytest.mark.usefixtures("page_cache")


def publish(page, committed, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with committed(execute=True):
        page.save_revision().publish()
    return page


@pytest.fixture
def project(site_tree):
    project = factories.ProjectPageFactory(parent=site_tree.project_index, title="Amatų keliai")
    factories.FundingDisclaimerFactory(
        programme=project.programme, statement="Projektą finansuoja Interreg programa."
    )
    return project


def test_publishing_a_news_post_shows_it_on_index_home_and_feed_at_once(
    client, site_tree, django_capture_on_commit_callbacks
):
    factories.NewsPageFactory(parent=site_tree.news_index, title="Senesnė naujiena")
    lists = ["/lt/news/", "/lt/", "/lt/feeds/news/rss/", "/lt/feeds/news/atom/"]
    warm(client, *lists)
    post = factories.NewsPageFactory(
        parent=site_tree.news_index, title="Kaziuko mugė", live=False, date="2030-03-04"
    )
    publish(post, django_capture_on_commit_callbacks)
    for url in lists:
        response = client.get(url)
        assert cache_state(response) == "miss", url
        assert "Kaziuko mugė" in response.text, url


def test_publishing_a_post_about_a_project_lists_it_on_the_project_page_at_once(
    client, site_tree, project, django_capture_on_commit_callbacks
):
    post = factories.NewsPageFactory(parent=site_tree.news_index, title="Mokymai Tauragėje")
    warm(client, project.url)
    factories.NewsPageProjectFactory(page=post, project=project)
    publish(post, django_capture_on_commit_callbacks)
    assert "Mokymai Tauragėje" in client.get(project.url).text


def test_publishing_a_post_updates_the_previous_posts_next_link(
    client, site_tree, django_capture_on_commit_callbacks
):
    older = factories.NewsPageFactory(parent=site_tree.news_index, date="2024-01-01")
    warm(client, older.url)
    newer = factories.NewsPageFactory(
        parent=site_tree.news_index, title="Naujausias įrašas", date="2024-02-01", live=False
    )
    publish(newer, django_capture_on_commit_callbacks)
    assert newer.url in client.get(older.url).text


def test_republishing_a_post_leaves_the_other_sections_cached(
    client, site_tree, project, django_capture_on_commit_callbacks
):
    post = factories.NewsPageFactory(parent=site_tree.news_index)
    warm(client, post.url, project.url, "/lt/projects/", "/lt/clusters/")
    publish(post, django_capture_on_commit_callbacks, title="Pataisytas pavadinimas")
    assert "Pataisytas pavadinimas" in client.get(post.url).text
    for url in [project.url, "/lt/projects/", "/lt/clusters/"]:
        assert cache_state(client.get(url)) == "hit", url


def test_unpublishing_a_post_removes_it_from_the_index_and_its_address_at_once(
    client, site_tree, django_capture_on_commit_callbacks
):
    post = factories.NewsPageFactory(parent=site_tree.news_index, title="Atšaukta mugė")
    warm(client, "/lt/news/", post.url)
    with django_capture_on_commit_callbacks(execute=True):
        post.unpublish()
    assert "Atšaukta mugė" not in client.get("/lt/news/").text
    assert client.get(post.url).status_code == 404


def test_deleting_a_section_takes_its_subpages_away_at_once(
    client, site_tree, django_capture_on_commit_callbacks
):
    post = factories.NewsPageFactory(parent=site_tree.news_index)
    warm(client, "/lt/", "/lt/news/", post.url)
    with django_capture_on_commit_callbacks(execute=True):
        site_tree.news_index.delete()
    assert client.get("/lt/news/").status_code == 404
    assert client.get(post.url).status_code == 404
    assert "/lt/news/" not in client.get("/lt/").text


def test_changing_a_slug_redirects_from_the_old_address_at_once(
    client, site_tree, django_capture_on_commit_callbacks
):
    post = factories.NewsPageFactory(parent=site_tree.news_index, slug="senas-adresas")
    old_url = post.url
    warm(client, old_url, "/lt/news/")
    publish(post, django_capture_on_commit_callbacks, slug="naujas-adresas")
    # Wagtail's redirects app answers the old address once the stored page is gone.
    assert client.get(old_url).url == "/lt/news/naujas-adresas/"
    assert "/lt/news/naujas-adresas/" in client.get("/lt/news/").text


def test_moving_a_page_moves_its_subpages_at_once(
    client, site_tree, django_capture_on_commit_callbacks
):
    section = factories.StandardPageFactory(parent=site_tree.home, slug="skyrius")
    child = factories.StandardPageFactory(parent=section, slug="vaikas", title="Vaiko puslapis")
    warm(client, "/lt/skyrius/vaikas/")
    with django_capture_on_commit_callbacks(execute=True):
        section.move(site_tree.news_index, pos="last-child")
    child.refresh_from_db()
    assert client.get("/lt/skyrius/vaikas/").url == "/lt/news/skyrius/vaikas/"
    assert "Vaiko puslapis" in client.get(child.url).text


def test_editing_a_disclaimer_changes_every_page_that_shows_it_at_once(
    client, site_tree, project, django_capture_on_commit_callbacks
):
    post = factories.NewsPageFactory(parent=site_tree.news_index)
    factories.NewsPageProjectFactory(page=post, project=project)
    warm(client, project.url, post.url)
    disclaimer = project.programme.disclaimers.get()
    disclaimer.statement = "Projektą bendrai finansuoja Europos Sąjunga."
    with django_capture_on_commit_callbacks(execute=True):
        disclaimer.save()
    for url in [project.url, post.url]:
        response = client.get(url)
        assert "Projektą bendrai finansuoja Europos Sąjunga." in response.text, url
        assert "Projektą finansuoja Interreg programa." not in response.text, url


def test_editing_a_site_setting_changes_every_page_at_once(
    client, site_tree, django_capture_on_commit_callbacks
):
    from home.models import SiteSettings

    warm(client, "/lt/", "/lt/news/")
    site_settings = SiteSettings.for_site(site_tree.site)
    site_settings.email = "info@kartu.example.org"
    with django_capture_on_commit_callbacks(execute=True):
        site_settings.save()
    for url in ["/lt/", "/lt/news/"]:
        assert "info@kartu.example.org" in client.get(url).text, url


def test_a_change_that_is_rolled_back_purges_nothing(client, site_tree):
    warm(client, "/lt/news/")
    post = factories.NewsPageFactory(parent=site_tree.news_index, live=False)
    post.save_revision().publish()  # in the test's transaction, which never commits
    assert cache_state(client.get("/lt/news/")) == "hit"


def test_each_purge_tells_subscribers_which_languages_changed(
    site_tree, django_capture_on_commit_callbacks
):
    received = []

    def subscriber(sender, languages, **kwargs):
        received.append(languages)

    content_changed.connect(subscriber)
    try:
        post = factories.NewsPageFactory(parent=site_tree.news_index, live=False)
        publish(post, django_capture_on_commit_callbacks)
        with django_capture_on_commit_callbacks(execute=True):
            Locale.objects.get(language_code="lt").save()
    finally:
        content_changed.disconnect(subscriber)
    assert received == [{"lt"}, None]
