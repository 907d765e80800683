"""The editors' dashboard: my drafts, scheduled pages, tasks awaiting my review and, for
translators, the translations awaiting work; each for the right user only, at a flat cost."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from home.dashboard import PANEL_ROWS
from tests import factories
from tests.translations.users import make_user
from translations.roles import COMMUNICATIONS, setup_roles, translators_group

DASHBOARD = "/admin/"


@pytest.fixture
def roles(site_tree, translate):
    """The Lithuanian site with its home translated into Latvian, and the roles."""
    site_tree.lv_home = translate(site_tree.home, "lv")
    setup_roles()
    return site_tree


@pytest.fixture
def editor(roles):
    return make_user("ruta", COMMUNICATIONS)


@pytest.fixture
def colleague(roles):
    return make_user("jonas", COMMUNICATIONS)


def panel(client, heading):
    """The dashboard panel with `heading`, as the signed-in user sees it (None when absent)."""
    html = BeautifulSoup(client.get(DASHBOARD).content, "html.parser")
    for section in html.select("section.w-panel"):
        if section.find(["h2", "h3"]) and heading in section.find(["h2", "h3"]).get_text():
            return section
    return None


def titles(section):
    return [link.get_text(strip=True) for link in section.select("td.title a")]


def draft_by(user, page, title=None):
    page.title = title or page.title
    return page.save_revision(user=user)


def test_my_drafts_lists_my_unpublished_pages_in_every_locale(client, roles, editor, colleague):
    lt_page = factories.StandardPageFactory(parent=roles.home, title="Apie mus")
    lv_page = factories.StandardPageFactory(parent=roles.lv_home, title="Par mums")
    others = factories.StandardPageFactory(parent=roles.home, title="Kontaktai")
    draft_by(editor, lt_page, "Apie mus (juodraštis)")
    draft_by(editor, lv_page, "Par mums (melnraksts)")
    draft_by(colleague, others, "Kontaktai (juodraštis)")
    client.force_login(editor)

    drafts = panel(client, "My drafts")

    assert sorted(titles(drafts)) == ["Apie mus (juodraštis)", "Par mums (melnraksts)"]
    badges = [badge.get_text(strip=True) for badge in drafts.select(".w-status--label")]
    assert sorted(badges) == ["latviešu", "lietuvių"]  # Wagtail names a locale in its language
    assert f"/admin/pages/{lv_page.pk}/edit/" in str(drafts)


def test_my_drafts_leaves_out_published_pages(client, roles, editor):
    page = factories.StandardPageFactory(parent=roles.home, title="Apie mus")
    draft_by(editor, page).publish(user=editor)
    client.force_login(editor)

    drafts = panel(client, "My drafts")

    assert titles(drafts) == []
    assert "You have no unpublished changes." in drafts.get_text()


def test_my_drafts_leaves_out_pages_i_can_no_longer_edit(client, roles):
    translator = make_user("ieva", translators_group("lv"))
    lt_page = factories.StandardPageFactory(parent=roles.home, title="Apie mus")
    lv_page = factories.StandardPageFactory(parent=roles.lv_home, title="Par mums")
    draft_by(translator, lt_page, "Apie mus (svetimas)")
    draft_by(translator, lv_page, "Par mums (melnraksts)")
    client.force_login(translator)

    assert titles(panel(client, "My drafts")) == ["Par mums (melnraksts)"]


def test_my_drafts_links_to_every_page_i_edited(client, roles, editor):
    draft_by(editor, factories.StandardPageFactory(parent=roles.home))
    client.force_login(editor)

    link = panel(client, "My drafts").find("a", string="See every page you have edited")

    assert link["href"] == f"/admin/pages/search/?edited_by={editor.pk}"


def schedule(page, user, days):
    revision = page.save_revision(user=user, approved_go_live_at=timezone.now() + days)
    return revision


def test_scheduled_pages_lists_pages_going_live_later_soonest_first(
    client, roles, editor, colleague
):
    later = factories.NewsPageFactory(parent=roles.news_index, title="Mugė", live=False)
    sooner = factories.NewsPageFactory(parent=roles.news_index, title="Mokymai", live=False)
    plain_draft = factories.NewsPageFactory(parent=roles.news_index, title="Juodraštis")
    schedule(later, colleague, datetime.timedelta(days=3))
    schedule(sooner, editor, datetime.timedelta(days=1))
    draft_by(editor, plain_draft)
    client.force_login(editor)

    scheduled = panel(client, "Scheduled pages")

    assert titles(scheduled) == ["Mokymai", "Mugė"]
    assert "Mokymai" not in titles(panel(client, "My drafts"))


def test_scheduled_pages_leaves_out_pages_the_user_cannot_edit(client, roles, editor):
    translator = make_user("ieva", translators_group("lv"))
    lt_post = factories.NewsPageFactory(parent=roles.news_index, title="Mugė", live=False)
    lv_page = factories.StandardPageFactory(parent=roles.lv_home, title="Gadatirgus", live=False)
    schedule(lt_post, editor, datetime.timedelta(days=1))
    schedule(lv_page, editor, datetime.timedelta(days=2))
    client.force_login(translator)

    assert titles(panel(client, "Scheduled pages")) == ["Gadatirgus"]


@pytest.fixture
def review_workflow(roles):
    """A one-step workflow whose task the Moderators approve."""
    task = GroupApprovalTask.objects.create(name="Peržiūra")
    task.groups.set([Group.objects.get(name="Moderators")])
    workflow = Workflow.objects.create(name="Peržiūra")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def submit_pages(workflow, parent, user, count, start=0):
    for number in range(start, start + count):
        page = factories.StandardPageFactory(parent=parent, title=f"Puslapis {number:02d}")
        page.save_revision(user=user)
        workflow.start(page, user)


def test_awaiting_review_shows_the_newest_tasks_then_how_many_more(
    client, roles, editor, review_workflow
):
    moderator = make_user("moderatore", "Moderators")
    submit_pages(review_workflow, roles.home, editor, PANEL_ROWS + 2)
    client.force_login(moderator)

    html = client.get(DASHBOARD).content.decode()
    awaiting = BeautifulSoup(html, "html.parser").select_one("#awaiting-review-more")

    assert html.count("Puslapis ") == PANEL_ROWS
    assert "2 more tasks await your review." in awaiting.get_text(" ", strip=True)
    assert awaiting.find("a")["href"] == "/admin/reports/workflow_tasks/"


def test_awaiting_review_is_not_shown_to_who_cannot_review(
    client, roles, editor, colleague, review_workflow
):
    submit_pages(review_workflow, roles.home, editor, 2)
    client.force_login(colleague)

    assert "Awaiting your review" not in client.get(DASHBOARD).content.decode()


def test_dashboard_replaces_most_recent_edits_with_my_drafts(client, roles, editor):
    draft_by(editor, factories.StandardPageFactory(parent=roles.home))
    client.force_login(editor)

    html = client.get(DASHBOARD).content.decode()

    assert "Your most recent edits" not in html
    assert "My drafts" in html


def publish_change(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_translations_awaiting_work_lists_my_languages_out_of_date_first(client, roles, translate):
    translator = make_user("ieva", translators_group("lv"))
    missing = factories.StandardPageFactory(parent=roles.home, title="Kontaktai")
    missing.save_revision().publish()
    changed = factories.StandardPageFactory(parent=roles.home, title="Apie mus")
    changed.save_revision().publish()
    lv_changed = translate(changed, "lv")
    publish_change(changed, intro="Nauja įžanga.")
    client.force_login(translator)

    work = panel(client, "Translations awaiting work")

    rows = [row.get_text(" ", strip=True) for row in work.select("tbody tr")]
    assert rows[0].startswith("Apie mus") and "Out of date" in rows[0]
    assert any(row.startswith("Kontaktai") and "Missing" in row for row in rows)
    assert all("latviešu" in row for row in rows)  # nothing of the English translations
    assert work.find("a", string="Apie mus")["href"] == f"/admin/pages/{lv_changed.pk}/edit/"
    assert work.find("a", string="Kontaktai") is None  # starting one is for site managers
    report = work.find("a", string=lambda text: text and "Translation status report" in text)
    assert report["href"] == "/admin/reports/translation-status/?locale=lv"


def test_translator_reads_the_status_report_of_their_languages_only(client, roles):
    factories.StandardPageFactory(parent=roles.home, title="Kontaktai").save_revision().publish()
    client.force_login(make_user("ieva", translators_group("lv")))

    response = client.get("/admin/reports/translation-status/", {"locale": "en"})

    cells = BeautifulSoup(response.content, "html.parser").select("tbody td")
    languages = {cell.get_text(strip=True) for cell in cells}
    assert response.status_code == 200
    assert "latviešu" in languages and "English" not in languages


def test_translations_panel_is_not_shown_to_an_editor_who_translates_nothing(client, roles, editor):
    factories.StandardPageFactory(parent=roles.home, title="Kontaktai").save_revision().publish()
    client.force_login(editor)

    assert panel(client, "Translations awaiting work") is None


def fill_dashboard(roles, editor, count):
    """`count` pages of each kind the panels list: drafts, scheduled posts, untranslated."""
    for number in range(count):
        draft_by(editor, factories.StandardPageFactory(parent=roles.home))
        post = factories.NewsPageFactory(parent=roles.news_index, live=False)
        schedule(post, editor, datetime.timedelta(days=number + 1))
        lv_page = factories.StandardPageFactory(parent=roles.lv_home)
        draft_by(editor, lv_page)


def dashboard_queries(client):
    client.get(DASHBOARD)  # warm per-process caches (content types, locales, site)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(DASHBOARD).status_code == 200
    return len(queries)


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_dashboard_query_count_does_not_grow_with_pages(client, roles, editor, role):
    user = editor if role == "editor" else make_user("ieva", translators_group("lv"))
    client.force_login(user)
    fill_dashboard(roles, user, 3)
    with_few = dashboard_queries(client)
    fill_dashboard(roles, user, 27)
    with_many = dashboard_queries(client)

    assert with_many == with_few


def test_awaiting_review_query_count_is_bounded_by_the_rows_shown(
    client, roles, editor, review_workflow
):
    # Wagtail's rows cost queries each (the workflow's tasks and their status): the panel
    # shows PANEL_ROWS of them, so the cost stops growing there.
    client.force_login(make_user("moderatore", "Moderators"))
    submit_pages(review_workflow, roles.home, editor, PANEL_ROWS)
    with_a_full_panel = dashboard_queries(client)
    submit_pages(review_workflow, roles.home, editor, 22, start=PANEL_ROWS)

    assert dashboard_queries(client) == with_a_full_panel
