"""A small demo-like site for the security tests: every page type in Lithuanian, the frame and
a post translated into Latvian, one object of every kind the admin lists (snippets, settings,
a document, a redirect, a search promotion, a restricted page and collection, a workflow in
progress, a wagtail-localize translation) and the demo's roles with a user in each.

Built once per test module (`built_once`), inside a transaction rolled back at the end."""

import contextlib
from types import SimpleNamespace

import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import TestCase
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
    Workflow,
)
from wagtail_localize.models import Translation, TranslationSource

from home.models import SiteSettings
from projects.models import FundingSettings
from tests import factories
from tests.conftest import build_every_page_type, translate_now
from tests.translations.users import make_user
from translations.roles import COMMUNICATIONS, setup_roles, translators_group

# The pages translated into Latvian, parents first: the frame, and a post with its index.
LATVIAN = ["home", "news index", "project index", "cluster index", "news post", "standard page"]


def build_demo_site():
    root = Page.get_first_root_node()
    pages = build_every_page_type(root)
    site = Site.objects.get(is_default_site=True)
    latvian = {name: translate_now(pages[name], "lv") for name in LATVIAN}
    category = factories.NewsCategoryFactory(name="Mokymai", slug="mokymai")
    pages["news post"].categories.add(category)
    pages["news post"].save_revision().publish()
    snippets = {
        "footer text": factories.FooterTextFactory(),
        "programme": pages["project page"].programme,
        "organisation": factories.OrganisationFactory(),
        "disclaimer": factories.FundingDisclaimerFactory(),
        "category": category,
        "category lv": translate_now(category, "lv", {"mokymai": "apmacibas"}),
        "sector": pages["member profile"].craft_sectors.first(),
        "region": factories.RegionFactory(),
    }
    SiteSettings.objects.update_or_create(site=site, defaults={"email": "info@kartu.example"})
    FundingSettings.objects.get_or_create(site=site)
    private = factories.StandardPageFactory(parent=pages["home"], title="Vidinis", slug="vidinis")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    # In the root collection, as the site's own are (a factory makes a collection of its own).
    root_collection = Collection.get_first_root_node()
    image = pages["member profile"].photo
    type(image).objects.filter(pk=image.pk).update(collection=root_collection)
    collection = root_collection.add_child(name="Vidiniai")
    restricted_document = wagtail_factories.DocumentFactory(
        collection=collection, file__filename="vidaus-ataskaita.pdf"
    )
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password="x"
    )
    query = Query.get("amatai")
    SearchPromotion.objects.create(query=query, page=pages["project page"], sort_order=0)
    setup_roles()
    users = build_users()
    return SimpleNamespace(
        site=site,
        pages=pages,
        latvian=latvian,
        snippets=snippets,
        image=type(image).objects.get(pk=image.pk),
        document=wagtail_factories.DocumentFactory(
            title="Ataskaita", collection=root_collection, file__filename="ataskaita.pdf"
        ),
        restricted_document=restricted_document,
        page_restriction=private.view_restrictions.get(),
        collection_restriction=collection.view_restrictions.get(),
        collection=collection,
        redirect=Redirect.objects.create(old_path="/senas-puslapis", redirect_page=pages["home"]),
        query=query,
        translation=Translation.objects.get(
            source=TranslationSource.objects.get_for_instance(pages["news post"]),
            target_locale=latvian["news post"].locale,
        ),
        workflow=Workflow.objects.get(name="Communications review"),
        users=users,
    )


def build_users():
    """A user of each role: the demo's (admin, editor, Latvian translator) and a Lithuanian
    translator, whose rights must not reach Latvian pages either."""
    admin = get_user_model().objects.create_superuser("admin", "admin@kartu.example", "x")
    return {
        "admin": admin,
        "editor": make_user("editor", Group.objects.get(name=COMMUNICATIONS)),
        "translator-lv": make_user("translator-lv", translators_group("lv")),
        "translator-lt": make_user("translator-lt", translators_group("lt")),
    }


@contextlib.contextmanager
def built_once(django_db_blocker):
    """The demo site, built in a transaction rolled back when the context ends; tests in between
    run in savepoints of their own (pytest-django's `db`)."""
    with django_db_blocker.unblock(), transaction.atomic():
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                demo = build_demo_site()
            with django_db_blocker.block():
                yield demo
        finally:
            transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()
