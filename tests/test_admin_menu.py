"""The admin's main menu (in Lithuanian, the default language): one "Reference data" submenu
gathers every app's snippets editors choose from, in a fixed order, and no catch-all "Snippets"
item is left over."""

import json

import pytest
from django.contrib.auth import get_user_model
from lxml import html


@pytest.fixture
def main_menu(client, db):
    admin = get_user_model().objects.create_superuser("admin", password="x")
    client.force_login(admin)
    page = html.fromstring(client.get("/admin/", follow=True).content)
    (props,) = page.xpath("//*[@id='wagtail-sidebar-props']/text()")
    return json.loads(props)


def menu_items(menu):
    """(label, url or [submenu urls]) of each top-level item of the sidebar's main menu."""
    (main,) = [m for m in menu["modules"] if m["_type"] == "wagtail.sidebar.MainMenuModule"]
    items = []
    for item in main["_args"][0]:
        args = item["_args"][0]
        if item["_type"] == "wagtail.sidebar.SubMenuItem":
            items.append((args["label"], [sub["_args"][0]["url"] for sub in item["_args"][1]]))
        else:
            items.append((args["label"], args["url"]))
    return items


def test_reference_data_menu_lists_every_apps_snippets_in_order(main_menu):
    (reference,) = [urls for label, urls in menu_items(main_menu) if label == "Žinyniniai duomenys"]
    assert reference == [
        "/admin/snippets/projects/fundingprogramme/",
        "/admin/snippets/projects/organisation/",
        "/admin/snippets/projects/fundingdisclaimer/",
        "/admin/snippets/news/newscategory/",
        "/admin/snippets/clusters/craftsector/",
        "/admin/snippets/clusters/region/",
        "/admin/snippets/home/footertext/",
    ]


def test_no_separate_snippets_menu_is_left_over(main_menu):
    assert "/admin/snippets/" not in [url for _label, url in menu_items(main_menu)]
