"""A form POST in another charset than UTF-8 is refused with a 400, wherever it is sent."""

import pytest
from django.test import Client

FORM_IN_UTF16 = "application/x-www-form-urlencoded; charset=utf-16"


@pytest.fixture
def csrf_client():
    """A visitor's browser as production sees it: CSRF checked on every POST."""
    return Client(enforce_csrf_checks=True, raise_request_exception=False)


@pytest.mark.parametrize("path", ["/admin/login/", "/lt/", "/lt/search/", "/sitemap.xml"])
def test_a_form_post_in_utf16_is_a_bad_request_not_a_server_error(csrf_client, site_tree, path):
    body = "username=ona".encode("utf-16")
    response = csrf_client.generic("POST", path, body, content_type=FORM_IN_UTF16)
    assert response.status_code == 400


def test_a_form_post_in_utf8_with_its_charset_named_still_reaches_the_view(client, site_tree):
    response = client.post(
        "/admin/login/",
        "username=ona&password=x",
        content_type="application/x-www-form-urlencoded; charset=UTF-8",
    )
    assert response.status_code == 200
    assert "ona" in response.content.decode()  # the login form, filled in again
