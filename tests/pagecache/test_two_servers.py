"""Two app servers, one truth: gunicorn A and gunicorn B share one Redis and one database; an
editor publishes through A's admin, and B serves the new page on its very next request.

The servers are tests/live_servers.py's: production settings, the test's database, Redis.
"""

import pytest
import requests
from django.contrib.auth.models import User
from wagtail.models import Site

from pagecache.middleware import HEADER
from tests import factories
from tests.live_servers import app_servers, log_in, read_form, set_password, shared_redis

REDIS_URL = "redis://127.0.0.1:6379/9"


def publish_title_through_the_admin(session, base, page_id, title):
    edit_url = f"{base}/admin/pages/{page_id}/edit/"
    form = read_form(session, edit_url)
    # The body's StreamField inputs are drawn by JavaScript; the page's body is empty.
    fields = {"body-count": "0", **form.fields, "title": title, "action-publish": "publish"}
    response = session.post(edit_url, fields, timeout=30)
    assert response.status_code == 200 and "/edit/" not in response.url, response.url


@pytest.mark.django_db(transaction=True)
def test_a_page_published_through_one_server_is_new_on_the_other_at_once(base_tree, tmp_path):
    home = factories.HomePageFactory(parent=base_tree, title="Pradžia", slug="pradzia")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "127.0.0.1", "root_page": home}
    )
    page = factories.StandardPageFactory(parent=home, title="Senas pavadinimas", slug="apie")
    editor = User.objects.create_superuser("redaktore", "redaktore@example.org")
    set_password(editor, "two-servers-pass")

    with (
        shared_redis(REDIS_URL, "two-server page cache") as prefix,
        app_servers(tmp_path, REDIS_URL, prefix) as (server_a, server_b),
    ):
        for expected in ["miss", "hit"]:
            response = requests.get(f"{server_b}/lt/apie/", timeout=10)
            assert response.headers.get(HEADER) == expected, sorted(response.headers.items())[-8:]
            assert "Senas pavadinimas" in response.text

        editor = log_in(server_a, "redaktore", "two-servers-pass")
        publish_title_through_the_admin(editor, server_a, page.pk, "Naujas pavadinimas")

        response = requests.get(f"{server_b}/lt/apie/", timeout=10)
        assert "Naujas pavadinimas" in response.text
        assert response.headers.get(HEADER) == "miss"
