"""What the page cache serves and stores: whole pages for anonymous visitors, with no query on
a hit; never for editors, previews, responses that set cookies or error answers."""

import pytest
from django.contrib.auth.models import User
from wagtail.models import PageViewRestriction

from tests import factories
from tests.pagecache.conftest import cache_state, visit, warm

pytestmark = pytest.mark.usefixtures("page_cache")


@pytest.fixture
def post(site_tree):
    return factories.NewsPageFactory(
        parent=site_tree.news_index, title="Audimo mokymai", date="2024-05-03"
    )


@pytest.mark.parametrize("address", ["home", "news index", "news post", "news feed"])
def test_a_cache_hit_makes_no_sql_query_and_serves_the_same_page(client, post, address):
    url = {
        "home": "/lt/",
        "news index": "/lt/news/",
        "news post": post.url,
        "news feed": "/lt/feeds/news/rss/",
    }[address]
    first, first_queries = visit(client, url)
    second, second_queries = visit(client, url)
    assert (cache_state(first), cache_state(second)) == ("miss", "hit")
    assert first_queries > 0
    assert second_queries == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_query_parameters_in_another_order_share_one_stored_page(client, post):
    warm(client, "/lt/news/?year=2024&page=1")
    response, queries = visit(client, "/lt/news/?page=1&year=2024")
    assert cache_state(response) == "hit"
    assert queries == 0


def test_a_filtered_list_is_not_served_the_unfiltered_page(client, site_tree, post):
    factories.NewsPageFactory(parent=site_tree.news_index, title="Senas įrašas", date="2019-05-01")
    warm(client, "/lt/news/")
    response = client.get("/lt/news/?year=2024")
    assert cache_state(response) == "miss"
    assert "Senas įrašas" not in response.text


def test_an_unknown_filter_value_keeps_its_404_and_is_not_stored(client, site_tree):
    for _visit in range(2):
        response = client.get("/lt/news/?category=no-such-category")
        assert response.status_code == 404
        assert cache_state(response) is None


def test_a_malformed_query_string_is_answered_by_the_view_not_the_cache(client, site_tree):
    warm(client, "/lt/news/")
    for _visit in range(2):
        response = client.get("/lt/news/?year=%ZZ&year=abc")
        assert response.status_code == 404
        assert cache_state(response) is None


def test_a_logged_in_editor_is_never_served_a_cached_page(client, admin_client, post):
    warm(client, post.url)
    response = admin_client.get(post.url)
    assert response.status_code == 200
    assert cache_state(response) is None
    assert "wagtail-userbar" in response.text  # the editor's own page, with the edit bar


def test_a_logged_in_editors_page_is_never_stored_for_visitors(client, admin_client, post):
    admin_client.get(post.url)
    admin_client.get(post.url)
    response = client.get(post.url)
    assert cache_state(response) == "miss"
    assert "wagtail-userbar" not in response.text


def test_a_preview_is_never_cached_nor_shown_to_visitors(client, admin_client, post):
    warm(client, post.url)
    preview_url = f"/admin/pages/{post.pk}/edit/preview/"
    form = {
        "title": "Juodraštis, ne viešas",
        "slug": post.slug,
        "date": "2024-05-03",
        "intro": "Dar neskelbta.",
        "body-count": "0",
        "related_projects-TOTAL_FORMS": "0",
        "related_projects-INITIAL_FORMS": "0",
        "related_projects-MIN_NUM_FORMS": "0",
        "related_projects-MAX_NUM_FORMS": "1000",
    }
    assert admin_client.post(preview_url, form).json()["is_valid"]
    preview = admin_client.get(preview_url)
    assert "Juodraštis, ne viešas" in preview.text
    assert cache_state(preview) is None
    response = client.get(post.url)
    assert cache_state(response) == "hit"
    assert "Juodraštis, ne viešas" not in response.text
    assert "Audimo mokymai" in response.text


def test_a_page_that_sets_a_cookie_is_not_stored(client, post):
    # A password-protected post answers with a password form, whose CSRF token sets a cookie.
    PageViewRestriction.objects.create(page=post, restriction_type="password", password="x1")
    for _visit in range(2):
        response = client.get(post.url)
        assert "csrftoken" in response.cookies
        assert cache_state(response) is None


def test_a_visitor_with_a_session_is_not_served_from_the_cache(client, post):
    warm(client, post.url)
    User.objects.create_user("ona", password="pass-ona-1")
    client.login(username="ona", password="pass-ona-1")
    assert cache_state(client.get(post.url)) is None


def test_redirects_are_not_stored(client, site_tree):
    for _visit in range(2):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="lt")
        assert response.status_code == 302
        assert cache_state(response) is None


def test_the_admin_is_never_cached(admin_client, site_tree):
    for _visit in range(2):
        assert cache_state(admin_client.get("/admin/")) is None


def test_the_cache_is_off_when_the_setting_is_off(client, settings, post):
    settings.KARTU_PAGE_CACHE = False
    for _visit in range(2):
        assert cache_state(client.get(post.url)) is None
