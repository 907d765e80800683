import datetime
from importlib import import_module
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.utils import timezone
from wagtail.models import Collection, Locale, Page, Site

from tests import factories
from tests.live_servers import gunicorn_servers
from tests.members_records import speaks


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches. Wagtail caches renditions by image id, and SQLite
    reuses the ids a rolled-back test used: one test's rendition would be served for the next
    test's image. Only in-process caches: a Redis named by CACHE_URL may be shared."""
    yield
    for cache in caches.all():
        if isinstance(cache, LocMemCache):
            cache.clear()


@pytest.fixture
def start_server(tmp_path):
    """`start(environment)`: a gunicorn on a free port with that environment; its base URL."""
    with gunicorn_servers(tmp_path) as start:
        yield start


@pytest.fixture
def page_cache(settings):
    """The page cache on, with the test settings' local-memory cache (emptied after each
    test by `empty_caches`)."""
    settings.KARTU_PAGE_CACHE = True
    settings.KARTU_PAGE_CACHE_SECONDS = 300


@pytest.fixture
def base_tree(transactional_db, settings):
    """What migrations create — locales, root page and collection, default groups, the
    translation permission — recreated if a transactional test before this one flushed them
    away. Returns the root page."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for name in ["Editors", "Moderators"]:
        Group.objects.get_or_create(name=name)
    # wagtail-localize's permission is made by a data migration, which a flush also removes.
    import_module(
        "wagtail_localize.migrations.0006_create_submit_translation_permission"
    ).create_submit_translation_permission(django_apps, None)
    return root


@pytest.fixture
def locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


def build_site_tree():
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


@pytest.fixture
def site_tree(db):
    return build_site_tree()


def translate_now(instance, code, strings=None):
    """Translate a page or snippet through wagtail-localize, string by string, and publish it.

    `strings` maps source strings to their translations; any other string is translated as
    "[code] source". Publishing runs in an on-commit callback, which is captured and run here,
    so this works inside a test's transaction and in a module-scoped fixture alike.
    """
    from django.test import TestCase
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource
    from wagtail_localize.operations import translate_object

    locale = Locale.objects.get(language_code=code)
    strings = strings or {}
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate_object(instance, [locale])
        source = TranslationSource.objects.get_for_instance(instance)
        for segment in source.stringsegment_set.select_related("string", "context"):
            data = segment.string.data
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": strings.get(data, f"[{code}] {data}"),
                    "translation_type": "manual",
                },
            )
        Translation.objects.get(source=source, target_locale=locale).save_target(publish=True)
    return instance.get_translation(locale)


@pytest.fixture
def translate():
    """`translate_now` (a fixture, so tests ask for it like the other helpers)."""
    return translate_now


def build_every_page_type(root):
    """A small Lithuanian site with one page of each type, the default site's root; returns
    {name: page}."""
    home = factories.HomePageFactory(parent=root, title="Pradžia", slug="lt-home")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    photo = factories.wagtail_factories.ImageFactory(description="Puodai ir dubenys")
    news_index = factories.NewsIndexPageFactory(parent=home, title="Naujienos")
    project_index = factories.ProjectIndexPageFactory(parent=home, title="Projektai")
    cluster_index = factories.ClusterIndexPageFactory(parent=home, title="Klasteriai")
    project = factories.ProjectPageFactory(parent=project_index, title="Amatų klasteris")
    factories.ProjectPartnerFactory(page=project, role="lead")
    factories.FundingDisclaimerFactory(programme=project.programme)
    news = factories.NewsPageFactory(
        parent=news_index,
        title="Mokymai amatininkams",
        lead_image=photo,
        event_start=datetime.datetime(2019, 5, 22, 7, tzinfo=datetime.UTC),
        event_end=datetime.datetime(2019, 5, 22, 11, tzinfo=datetime.UTC),
        event_venue="Tauragės kultūros centras, Tauragė",
        body=[
            ("paragraph", "<p>Mokymai vyko Tauragėje.</p>"),
            ("image", {"image": photo, "alt_text": "Dalyviai prie stalo", "caption": "Mokymai"}),
            ("quote", {"quote": "Amatai jungia.", "attribution": "Dalyvė"}),
            ("video", {"url": "https://www.youtube.com/watch?v=abc123", "title": "Vaizdo įrašas"}),
        ],
    )
    factories.NewsPageProjectFactory(page=news, project=project)
    # Next week, whenever the tests run: the home page's "Upcoming events" lists it.
    next_week = timezone.now().replace(microsecond=0) + datetime.timedelta(days=7)
    webinar = factories.NewsPageFactory(
        parent=news_index,
        title="Vebinaras apie amatų rinkodarą",
        lead_image=photo,
        event_start=next_week,
        event_end=next_week + datetime.timedelta(hours=2),
        event_online=True,
        event_url="https://video.example.org/amatai",
    )
    cluster = factories.ClusterPageFactory(parent=cluster_index, title="Amatų klasteris")
    sector = factories.CraftSectorFactory(name="Keramika", slug="keramika")
    member = factories.ClusterMemberPageFactory(
        parent=cluster,
        title="Ona Puodžiūtė",
        email="ona@example.org",
        open_to_cooperation=True,
        photo=photo,
        craft_sectors=[sector],
        products=[("product", {"name": "Juodoji keramika", "image": photo, "price": "nuo 20 €"})],
        gallery=[("image", {"image": photo, "alt_text": "Puodai lentynoje"})],
    )
    standard = factories.StandardPageFactory(parent=home, title="Apie mus")
    pages = {
        "home": home,
        "news index": news_index,
        "news post": news,
        "upcoming event": webinar,
        "project index": project_index,
        "project page": project,
        "cluster index": cluster_index,
        "cluster page": cluster,
        "member profile": member,
        "standard page": standard,
    }
    return pages


def every_page_type_urls(pages, code):
    """{name: address} of `pages` (from build_every_page_type, or their translations into
    `code`), with the pages that are no page of their own: a filtered directory, a member's
    enquiry form, the upcoming events, search results, the open data page and a missing
    page."""
    urls = {name: page.url for name, page in pages.items()}
    urls["member directory with filters"] = (
        pages["cluster index"].url + "?q=Puod&sector=keramika&country=LT&open=1&language=lt"
    )
    urls["member enquiry form"] = pages["member profile"].url + "contact/"
    urls["news index, upcoming events"] = pages["news index"].url + "?events=upcoming"
    urls["search results"] = f"/{code}/search/?q=amat"
    urls["open data"] = f"/{code}/open-data/"
    urls["not found"] = f"/{code}/no-such-page/"
    return urls


@pytest.fixture
def english_admin(admin_user):
    """pytest-django's superuser, reading the admin in English."""
    speaks(admin_user, "en")
    return admin_user


@pytest.fixture
def member_cluster(site_tree):
    return factories.ClusterPageFactory(parent=site_tree.cluster_index, title="Amatų klasteris")


@pytest.fixture
def craft_sector(db):
    return factories.CraftSectorFactory(name="Keramika", slug="keramika")


@pytest.fixture
def two_sites(site_tree, locales, settings):
    """Site A (`site_tree`, Tauragė) and site B (Lielupe, on `lielupe.localhost`): see
    tests/multisite.py."""
    from tests.multisite import build_two_sites

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".localhost"]
    return build_two_sites(site_tree, locales)
