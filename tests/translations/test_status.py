"""The translation status dashboard: per locale, what is translated, out of date or missing."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from tests import factories

REPORT_URL = "/admin/reports/translation-status/"
NEWS = "news.newspage"


@pytest.fixture
def admin_client(admin_client, admin_user):
    """A superuser who reads the admin in English (the default language is Lithuanian)."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


def publish_change(page, **fields):
    """Edit the live source page as an editor would: a new revision, published."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


@pytest.fixture
def news_tree(site_tree, translate):
    """Three Lithuanian posts: one translated into English, one whose source changed after its
    English translation, one never translated."""
    translated = factories.NewsPageFactory(parent=site_tree.news_index, title="Mokymai")
    changed = factories.NewsPageFactory(parent=site_tree.news_index, title="Mugė")
    untranslated = factories.NewsPageFactory(parent=site_tree.news_index, title="Paroda")
    for page in (translated, changed, untranslated):
        page.save_revision().publish()
    english = {"translated": translate(translated, "en"), "changed": translate(changed, "en")}
    publish_change(changed, intro="Naujas įvadas apie mugę.")
    return {
        "translated": translated,
        "changed": changed,
        "untranslated": untranslated,
        "english": english,
    }


@pytest.fixture
def counts(admin_client):
    """The report's summary row for a language, for one content type: what a site manager reads
    in the "Per language" table."""

    def row(code, content_type=NEWS):
        response = admin_client.get(REPORT_URL, {"content_type": content_type})
        table = BeautifulSoup(response.content.decode(), "html.parser").find(
            "caption", string="Translations per language"
        )
        for tr in table.find_parent("table").tbody.find_all("tr"):
            links = tr.find_all("a")
            if f"locale={code}&" in links[0]["href"]:
                return {
                    status: int(link.get_text())
                    for status, link in zip(
                        ["up_to_date", "out_of_date", "missing"], links, strict=True
                    )
                }
        raise AssertionError(f"no summary row for {code}")

    return row


def test_summary_shows_translated_out_of_date_and_missing_news_per_locale(news_tree, counts):
    assert counts("en") == {"up_to_date": 1, "out_of_date": 1, "missing": 1}
    # Nothing was translated into Latvian.
    assert counts("lv") == {"up_to_date": 0, "out_of_date": 0, "missing": 3}


def test_translation_into_a_second_locale_is_counted_there_only(news_tree, translate, counts):
    translate(news_tree["translated"], "lv")
    assert counts("lv") == {"up_to_date": 1, "out_of_date": 0, "missing": 2}
    assert counts("en") == {"up_to_date": 1, "out_of_date": 1, "missing": 1}


def test_source_synced_with_an_untranslated_string_stays_out_of_date_until_translated(
    news_tree, translate, counts
):
    changed = news_tree["changed"]
    # What "Sync translated pages" does first: extract the changed source again.
    TranslationSource.update_or_create_from_instance(changed)
    assert counts("en")["out_of_date"] == 1

    translate(changed, "en")  # the new intro translated, the translation saved again
    assert counts("en") == {"up_to_date": 2, "out_of_date": 0, "missing": 1}


def test_alias_made_for_a_parent_counts_as_missing(news_tree, counts):
    # Translating a post copied its Lithuanian parents into English as aliases: the English
    # news index shows Lithuanian content, so it still needs translating.
    assert counts("en", "news.newsindexpage") == {"up_to_date": 0, "out_of_date": 0, "missing": 1}


def test_snippet_statuses_follow_the_source_content(site_tree, translate, counts):
    translated = factories.RegionFactory(name="Tauragės apskritis")
    edited = factories.RegionFactory(name="Klaipėdos apskritis")
    factories.RegionFactory(name="Šiaulių apskritis")
    translate(translated, "en")
    translate(edited, "en")
    edited.name = "Klaipėdos regionas"
    edited.save()

    assert counts("en", "clusters.region") == {"up_to_date": 1, "out_of_date": 1, "missing": 1}
    assert counts("pl", "clusters.region") == {"up_to_date": 0, "out_of_date": 0, "missing": 3}


def test_report_shows_counts_and_links_to_translation_editors(admin_client, news_tree):
    english_post = news_tree["english"]["translated"]
    untranslated = news_tree["untranslated"]

    response = admin_client.get(REPORT_URL, {"content_type": NEWS})

    html = response.content.decode()
    assert "Translation status" in html
    for code, status, count in [
        ("en", "up_to_date", 1),
        ("en", "out_of_date", 1),
        ("en", "missing", 1),
        ("lv", "up_to_date", 0),
        ("lv", "missing", 3),
    ]:
        assert f'?locale={code}&amp;status={status}">{count}</a>' in html
    assert reverse("wagtailadmin_pages:edit", args=[english_post.pk]) in html
    assert reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk]) in html


def test_report_filters_by_locale_content_type_and_status(admin_client, news_tree):
    response = admin_client.get(
        REPORT_URL, {"locale": "en", "content_type": NEWS, "status": "missing"}
    )

    items = response.context["items"]
    assert [(item.title, item.language, item.status) for item in items] == [
        ("Paroda", "English", "missing")
    ]


def test_report_exports_csv_with_a_header_and_one_row_per_item(admin_client, news_tree):
    response = admin_client.get(REPORT_URL, {"content_type": NEWS, "export": "csv"})

    assert response["Content-Type"] == "text/csv"
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == [
        "Content type",
        "Title",
        "Source language",
        "Language",
        "Status",
        "Translated (%)",
        "Strings needing revision",
        "Link",
    ]
    # Three posts in four other languages, one row each.
    assert len(rows) == 1 + 3 * 4
    assert ["News post", "Paroda", "lietuvių", "English", "Missing"] in [row[:5] for row in rows]
    untranslated = news_tree["untranslated"]
    submit = reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk])
    assert f"http://testserver{submit}" in [row[7] for row in rows]


def test_dashboard_shows_translation_status_panel(admin_client, news_tree):
    html = admin_client.get("/admin/").content.decode()

    assert "Translation status" in html
    assert f"{REPORT_URL}?locale=en&amp;status=out_of_date" in html


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site, locales)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", [REPORT_URL, "/admin/"])
def test_query_count_does_not_grow_with_pages_or_snippets(admin_client, site_tree, translate, url):
    def add_posts(count):
        posts = [factories.NewsPageFactory(parent=site_tree.news_index) for _ in range(count)]
        for post in posts:
            post.save_revision().publish()
        regions = [factories.RegionFactory() for _ in range(count)]
        translate(regions[0], "en")
        translate(posts[0], "en")
        publish_change(posts[1], intro="Changed.")

    add_posts(3)
    with_few = count_queries(admin_client, url)
    add_posts(27)
    with_many = count_queries(admin_client, url)
    # At most 28 for the report, 40 for the dashboard, with 3 posts or with 30. The status takes
    # 12: locales, translation sources, translations (with our "waiting for
    # translations" and last-saved subqueries), all pages, the extracted content of snippets,
    # and one per translatable snippet model (7). The report adds its coverage column
    # (`translations.coverage`: the sources, their strings, the translated strings and the
    # strings needing revision, 4), its glossary column (up to 4: the rows' translations,
    # the glossary; with terms, their strings and segments) and its Site filter's choices (1;
    # a superuser's rows are no site's to narrow: no more). The rest is the admin's own:
    # session, user, profile and the page explorer menu on the report; on the dashboard
    # Wagtail's other panels and the editors' panels (home.dashboard: a count and a list each).
    assert with_many == with_few
    assert with_few <= {REPORT_URL: 28, "/admin/": 40}[url]


def test_user_without_admin_access_is_sent_to_login(client, django_user_model, news_tree):
    client.force_login(django_user_model.objects.create_user("visitor", password="x"))

    response = client.get(REPORT_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_editor_without_translation_permission_cannot_see_report_or_panel(
    client, django_user_model, news_tree
):
    editors = Group.objects.create(name="Editors without translation")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(editors)
    client.force_login(editor)

    response = client.get(REPORT_URL)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert "Translation status" not in client.get("/admin/").content.decode()


def test_translator_with_submit_permission_sees_report(client, django_user_model, news_tree):
    translators = Group.objects.create(name="Translators")
    translators.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="submit_translation"),
    )
    translator = django_user_model.objects.create_user("translator", password="x")
    translator.groups.add(translators)
    client.force_login(translator)

    response = client.get(REPORT_URL, {"locale": "en", "content_type": NEWS})

    assert response.status_code == 200
    assert Locale.objects.get(language_code="en").get_display_name() in response.content.decode()
