"""`generate_content` adds news posts, member profiles and projects in every language to the
site there is: pages visitors can open, list and search, editors can open in the admin, in a
page tree that stays valid when it runs again."""

import re
from html import unescape

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import TestCase
from wagtail.models import Locale, Page

from clusters.models import ClusterMemberPage
from news.models import NewsIndexPage, NewsPage
from projects.models import ProjectPage
from tests.conftest import build_site_tree

CODES = ["lt", "lv", "pl", "en", "ru"]
NEWS, MEMBERS, PROJECTS = 7, 3, 2


def generate(*extra):
    call_command(
        "generate_content",
        "--news", str(NEWS), "--members", str(MEMBERS), "--projects", str(PROJECTS),
        "--seed", "5",
        *extra,
        stdout=open("/dev/null", "w"),  # noqa: SIM115 (Django closes nothing it did not open)
    )  # fmt: skip


def per_language(model):
    return {code: model.objects.filter(locale__language_code=code).count() for code in CODES}


@pytest.fixture(scope="module")
def generated(django_db_setup, django_db_blocker):
    """The Lithuanian site of `site_tree`, generated into twice with the same seed, once for the
    module, in a transaction rolled back at the end. Returns the posts per language after the
    first run and the titles of each run's Lithuanian posts."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            build_site_tree()
            with TestCase.captureOnCommitCallbacks(execute=True):
                generate()
            first_count = per_language(NewsPage)
            first_titles = titles_of_lithuanian_posts()
            with TestCase.captureOnCommitCallbacks(execute=True):
                generate()
            second_titles = titles_of_lithuanian_posts()[len(first_titles) :]
            yield first_count, first_titles, second_titles
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def titles_of_lithuanian_posts():
    return list(
        NewsPage.objects.filter(locale__language_code="lt")
        .order_by("pk")
        .values_list("title", flat=True)
    )


pytestmark = pytest.mark.django_db


def text_of(response):
    return unescape(re.sub(r"\s+", " ", response.content.decode()))


def test_each_run_adds_the_requested_pages_in_every_language(generated):
    first_count, _, _ = generated
    assert first_count == dict.fromkeys(CODES, NEWS)
    assert per_language(NewsPage) == dict.fromkeys(CODES, 2 * NEWS)
    assert per_language(ClusterMemberPage) == dict.fromkeys(CODES, 2 * MEMBERS)
    assert per_language(ProjectPage) == dict.fromkeys(CODES, 2 * PROJECTS)


def test_the_page_tree_is_valid_after_two_runs(generated):
    assert Page.find_problems() == ([], [], [], [], [])


def test_parents_count_their_generated_children(generated):
    for index in NewsIndexPage.objects.all():
        assert index.numchild == index.get_children().count() == 2 * NEWS


def test_translations_share_translation_key_with_their_source(generated):
    for source in NewsPage.objects.filter(locale__language_code="lt"):
        translations = NewsPage.objects.filter(translation_key=source.translation_key)
        assert sorted(page.locale.language_code for page in translations) == sorted(CODES)
        assert {page.slug for page in translations} == {source.slug}


def test_translations_read_as_marked_translations_of_their_source(generated):
    source = NewsPage.objects.filter(locale__language_code="lt").first()
    latvian = source.get_translation(Locale.objects.get(language_code="lv"))
    assert latvian.title == f"[lv] {source.title}"
    assert latvian.intro == f"[lv] {source.intro}"


def test_the_same_seed_writes_the_same_posts_again(generated):
    _, first_titles, second_titles = generated
    assert second_titles == first_titles


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("model", [NewsPage, ProjectPage, ClusterMemberPage])
def test_generated_pages_render_in_every_language(client, generated, model, code):
    page = model.objects.filter(locale__language_code=code).last()
    response = client.get(page.url)
    assert response.status_code == 200
    assert f"<h1>{page.title}</h1>" in unescape(response.content.decode())


@pytest.mark.parametrize("code", ["lt", "ru"])
def test_generated_posts_appear_on_the_news_index_of_their_language(client, generated, code):
    index = NewsIndexPage.objects.get(locale__language_code=code)
    newest = NewsPage.objects.child_of(index).order_by("-date", "-pk").first()
    assert newest.title in text_of(client.get(index.url))


@pytest.mark.parametrize("code", ["lt", "lv"])
def test_site_search_finds_generated_posts_in_the_visitors_language(client, generated, code):
    post = NewsPage.objects.filter(locale__language_code=code).last()
    words = re.findall(r"\w{4,}", post.title)
    html = text_of(client.get(f"/{code}/search/", {"q": " ".join(words)}))
    assert post.title in html


def test_a_generated_event_post_says_where_the_event_takes_place(client, generated):
    post = (
        NewsPage.objects.filter(locale__language_code="en", event_online=False)
        .exclude(event_venue="")
        .last()
    )
    assert post.event_venue.startswith("[en] ")
    assert post.event_venue in text_of(client.get(post.url))


def test_a_generated_project_lists_its_partners_in_the_page_language(client, generated):
    project = ProjectPage.objects.filter(locale__language_code="lv").last()
    html = text_of(client.get(project.url))
    partners = [partner.organisation for partner in project.partners.all()]
    assert len(partners) >= 2
    for organisation in partners:
        assert organisation.locale.language_code == "lv"
        assert organisation.name in html


def test_editors_open_a_generated_post_in_the_explorer_and_the_editor(
    client, generated, admin_user
):
    post = NewsPage.objects.filter(locale__language_code="pl").last()
    client.force_login(admin_user)
    assert post.title in text_of(client.get(f"/admin/pages/{post.get_parent().pk}/"))
    editor = client.get(f"/admin/pages/{post.pk}/edit/")
    assert editor.status_code == 200
    assert post.title in text_of(editor)


def test_builds_the_frame_a_site_without_pages_lacks(client):
    Page.objects.filter(depth=2).delete()  # and the default site rooted there
    generate("--locales", "lt,en")
    english = NewsPage.objects.filter(locale__language_code="en").last()
    assert english.title.startswith("[en] ")
    assert english.title in text_of(client.get(english.url))
    assert not NewsPage.objects.filter(locale__language_code="lv").exists()


def test_a_count_that_is_not_a_number_is_refused():
    with pytest.raises(CommandError, match="not a number of pages: 'many'"):
        call_command("generate_content", "--news", "many")


def test_unknown_language_is_refused_by_name():
    with pytest.raises(CommandError, match="xx"):
        generate("--locales", "lt,xx")
