"""Errors answer in the visitor's language and the site's design, never with a stack trace."""

import lxml.html
import pytest

from home.models import HomePage
from tests.lithuanian import lt


@pytest.fixture
def crashing_home(monkeypatch, site_tree):
    def fail(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(HomePage, "get_context", fail)
    return site_tree.home


def test_server_error_page_is_in_the_visitors_language(client, crashing_home):
    client.raise_request_exception = False
    response = client.get(crashing_home.url)
    assert response.status_code == 500
    tree = lxml.html.fromstring(response.content)
    assert tree.get("lang") == "lt"
    assert tree.xpath("//h1")[0].text_content() == lt("Something went wrong")
    assert b"the database went away" not in response.content


def test_not_found_page_is_in_the_visitors_language_and_design(client, site_tree):
    response = client.get("/lt/no-such-page/")
    assert response.status_code == 404
    tree = lxml.html.fromstring(response.content)
    assert tree.get("lang") == "lt"
    assert tree.xpath("//header[@class='site-header']") and tree.xpath("//footer")
    assert len(tree.xpath("//h1")) == 1


def test_bad_request_page_explains_in_the_visitors_language(client, site_tree):
    client.raise_request_exception = False
    response = client.generic(
        "POST",
        "/lt/search/",
        "q=medus".encode("utf-16"),
        content_type="application/x-www-form-urlencoded; charset=utf-16",
    )
    assert response.status_code == 400
    tree = lxml.html.fromstring(response.content)
    assert tree.get("lang") == "lt"
    assert tree.xpath("//h1")[0].text_content() == lt("The request could not be understood")


def test_bad_request_for_an_unknown_host_still_gets_the_sites_page(client, site_tree):
    response = client.get("/lt/", HTTP_HOST="elsewhere.example")
    assert response.status_code == 400
    assert len(lxml.html.fromstring(response.content).xpath("//h1")) == 1
