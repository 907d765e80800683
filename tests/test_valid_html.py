"""Every page type is well-formed HTML: html5lib, parsing as browsers do, reports no error."""

import html5lib
import pytest
from wagtail.models import Page

from tests.conftest import build_every_page_type, every_page_type_urls


@pytest.fixture
def every_page_url(db):
    return every_page_type_urls(build_every_page_type(Page.get_first_root_node()), "lt")


def parse_errors(markup):
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(markup)
    return [
        f"line {line}, column {column}: {code} {data or ''}"
        for (line, column), code, data in parser.errors
    ]


def test_every_page_type_parses_without_an_html_error(client, every_page_url):
    errors = {}
    for name, url in every_page_url.items():
        response = client.get(url)
        assert response.status_code == (404 if name == "not found" else 200), name
        found = parse_errors(response.content.decode())
        if found:
            errors[name] = found[:5]
    assert errors == {}


def test_parse_check_reports_misnested_markup():
    # Proves the check itself can fail.
    assert parse_errors("<!DOCTYPE html><html lang='lt'><title>t</title><p><b>a</p></b>")
