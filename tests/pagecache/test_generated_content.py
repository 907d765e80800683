"""Content bulk-inserted by `generate_content` sends no signals; the command purges the page
cache and the frame cache itself, so visitors see it at once."""

from html import unescape

from django.core.management import call_command

from news.models import NewsPage
from tests.pagecache.conftest import cache_state, warm


def test_generated_posts_show_on_a_news_index_that_was_cached(client, site_tree, page_cache):
    warm(client, "/lt/news/")
    call_command(
        "generate_content", "--news", "3", "--members", "0", "--projects", "0",
        "--locales", "lt", "--seed", "1", stdout=open("/dev/null", "w"),  # noqa: SIM115
    )  # fmt: skip
    response = client.get("/lt/news/")
    assert cache_state(response) == "miss"
    page = unescape(response.content.decode())
    titles = NewsPage.objects.filter(locale__language_code="lt").values_list("title", flat=True)
    assert len(titles) == 3
    assert all(title in page for title in titles)
