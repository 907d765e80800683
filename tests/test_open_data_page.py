"""The open data page explains the licence, the files and their fields, in the visitor's
language, inside the site's frame."""

import lxml.html

from opendata.projects_data import PROJECT_FIELDS


def test_open_data_page_names_the_licence_and_links_every_file(client, site_tree):
    response = client.get("/lt/open-data/")
    tree = lxml.html.fromstring(response.content)
    assert tree.xpath("string(//h1)") == "Atvirieji duomenys"
    assert tree.xpath("//a[@href='https://creativecommons.org/licenses/by/4.0/']")
    links = set(tree.xpath("//main//h3/a/@href"))
    assert links == {
        "/open-data/projects.json",
        "/open-data/projects.csv",
        "/open-data/partners.csv",
        "/open-data/list-of-operations.xlsx",
        "/open-data/members.json",
    }


def test_open_data_page_lists_the_keep_eu_fields(client, site_tree):
    tree = lxml.html.fromstring(client.get("/lt/open-data/").content)
    fields = tree.xpath("//table[1]//th[@scope='row']/code/text()")
    assert fields[: len(PROJECT_FIELDS)] == PROJECT_FIELDS


def test_open_data_page_speaks_the_visitors_language(client, site_tree, translate):
    translate(site_tree.home, "lv")
    tree = lxml.html.fromstring(client.get("/lv/open-data/").content)
    assert tree.xpath("string(//h1)") == "Atvērtie dati"
    assert tree.get("lang") == "lv"
