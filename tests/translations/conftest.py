"""A site with translated pages and snippets and the roles, built once per test module, and the
users who work in it."""

import pytest
from django.db import transaction
from wagtail.models import Site

from tests import factories
from tests.conftest import build_site_tree, translate_now
from tests.translations.users import make_user
from translations.roles import setup_roles


@pytest.fixture(scope="module")
def built_tree(django_db_setup, django_db_blocker):
    """The Lithuanian site, its home and an "about" page translated into lv and en, a news
    category in all three; then the roles. Built once for the module, inside a transaction
    that is rolled back after the module's last test. pytest-django's `db` runs each test in a
    savepoint within it, so what a test writes is undone before the next one starts."""
    with django_db_blocker.unblock(), transaction.atomic():
        try:
            home = build_site_tree().home
            about = factories.StandardPageFactory(parent=home, title="Apie mus", slug="apie")
            pages = {"lt": about}
            homes = {"lt": home}
            for code in ["lv", "en"]:
                homes[code] = translate_now(home, code)
                pages[code] = translate_now(about, code)
            category = factories.NewsCategoryFactory(name="Mokymai", slug="mokymai")
            categories = {"lt": category}
            for code in ["lv", "en"]:
                categories[code] = translate_now(category, code, {"mokymai": f"mokymai-{code}"})
            setup_roles()
            with django_db_blocker.block():  # between tests, as without this fixture
                yield {"pages": pages, "homes": homes, "categories": categories}
        finally:
            transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()


@pytest.fixture
def tree(built_tree, db):
    """`built_tree` as each test sees it: fresh instances read from the database, so nothing a
    test changes in memory reaches the next; and the site root paths cache emptied, as saving
    the site did when every test built its own tree."""
    Site.clear_site_root_paths_cache()
    return {
        kind: {code: type(obj)._default_manager.get(pk=obj.pk) for code, obj in objects.items()}
        for kind, objects in built_tree.items()
    }


@pytest.fixture
def login(client):
    """Log the test client in as a new user in a group (a Group or a group name)."""

    def as_user(username, group):
        client.force_login(make_user(username, group))
        return client

    return as_user


@pytest.fixture
def fake_deepl(settings):
    """A local stand-in for DeepL (`tests.translations.fake_deepl`), configured as the machine
    translator, with the translation memory in front of it, as base.py does with a key."""
    from tests.translations.fake_deepl import FakeDeepL

    with FakeDeepL() as fake:
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = fake.translator_setting()
        yield fake
