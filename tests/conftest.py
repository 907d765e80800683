from types import SimpleNamespace

import pytest
from wagtail.models import Locale, Page, Site

from tests import factories


@pytest.fixture
def locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def site_tree(db):
    """A Lithuanian site as a fresh install has it: home page and the three indexes."""
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root, title="Pradžia", slug="pradzia")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return SimpleNamespace(
        site=site,
        home=home,
        news_index=factories.NewsIndexPageFactory(parent=home, title="Naujienos"),
        project_index=factories.ProjectIndexPageFactory(parent=home, title="Projektai"),
        cluster_index=factories.ClusterIndexPageFactory(parent=home, title="Klasteriai"),
    )
