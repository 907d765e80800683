"""Visitors filter the news by category, project and year: real addresses that combine with
each other and with pagination, say which filter is on, and never fail on a bad value."""

import datetime
import re

import pytest
from django.utils.translation import gettext, override

from news.models.index import NEWS_PER_PAGE
from tests import factories
from tests.queries import count_queries
from tests.test_page_rendering import visible_text


def lt(message, **params):
    """What a Lithuanian visitor reads for this interface string."""
    with override("lt"):
        return gettext(message) % params if params else gettext(message)


def post_titles(response):
    """Titles of the news teasers on the page, in order."""
    html = response.content.decode()
    return re.findall(r'<h2 class="card__title"><a href="[^"]*">([^<]*)</a>', html)


@pytest.fixture
def news(site_tree):
    trainings = factories.NewsCategoryFactory(name="Mokymai", slug="mokymai")
    fairs = factories.NewsCategoryFactory(name="Mugės", slug="muges")
    crafts = factories.ProjectPageFactory(
        parent=site_tree.project_index, title="Amatai be sienų", slug="amatai"
    )
    tourism = factories.ProjectPageFactory(
        parent=site_tree.project_index, title="Turizmo keliai", slug="turizmas"
    )

    def post(title, date, category, project):
        page = factories.NewsPageFactory(
            parent=site_tree.news_index, title=title, date=datetime.date(*date)
        )
        page.categories.add(category)
        page.save_revision().publish()
        factories.NewsPageProjectFactory(page=page, project=project)
        return page

    return {
        "trainings": trainings,
        "fairs": fairs,
        "crafts": crafts,
        "tourism": tourism,
        "old_training": post("Audimo mokymai", (2019, 5, 3), trainings, crafts),
        "old_fair": post("Kaziuko mugė", (2019, 3, 4), fairs, tourism),
        "new_training": post("Keramikos mokymai", (2024, 2, 1), trainings, tourism),
        "new_fair": post("Rudens mugė", (2024, 9, 20), fairs, crafts),
    }


def test_category_filter_shows_only_that_categorys_posts(client, news):
    response = client.get("/lt/news/?category=mokymai")
    assert post_titles(response) == ["Keramikos mokymai", "Audimo mokymai"]


def test_project_filter_shows_only_posts_about_that_project(client, news):
    response = client.get("/lt/news/?project=amatai")
    assert post_titles(response) == ["Rudens mugė", "Audimo mokymai"]


def test_year_filter_shows_only_that_years_posts(client, news):
    response = client.get("/lt/news/?year=2019")
    assert post_titles(response) == ["Audimo mokymai", "Kaziuko mugė"]


def test_filters_combine(client, news):
    response = client.get("/lt/news/?category=muges&project=amatai&year=2024")
    assert post_titles(response) == ["Rudens mugė"]


def test_combination_without_posts_says_so(client, news):
    response = client.get("/lt/news/?category=muges&year=2019&project=amatai")
    assert post_titles(response) == []
    assert lt("No news matches these filters.") in visible_text(response)


def test_filter_links_are_shown_with_the_active_one_marked(client, news):
    html = client.get("/lt/news/?category=mokymai&year=2019").content.decode()
    assert '<a href="?category=mokymai&amp;year=2019" aria-current="true">Mokymai</a>' in html
    assert '<a href="?category=muges&amp;year=2019">Mugės</a>' in html
    assert '<a href="?category=mokymai&amp;year=2019" aria-current="true">2019</a>' in html
    assert f'<a href="?category=mokymai">{lt("All years")}</a>' in html
    assert (
        '<a href="?category=mokymai&amp;year=2019&amp;project=amatai">Amatai be sienų</a>' in html
    )


def test_active_filters_are_named_in_the_page_text(client, news):
    text = visible_text(client.get("/lt/news/?category=mokymai&project=amatai&year=2019"))
    assert lt("Showing only news") in text
    assert f"{lt('Category')}: Mokymai" in text
    assert f"{lt('Project')}: Amatai be sienų" in text
    assert f"{lt('Year')}: 2019" in text


def test_unfiltered_index_marks_all_as_current(client, news):
    html = client.get("/lt/news/").content.decode()
    assert f'<a href="?" aria-current="true">{lt("All categories")}</a>' in html
    assert lt("Showing only news") not in html


def test_filter_keeps_across_pages_and_a_new_filter_starts_at_page_one(client, site_tree, news):
    for day in range(NEWS_PER_PAGE + 3):
        post = factories.NewsPageFactory(
            parent=site_tree.news_index,
            title=f"Mokymai {day:02d}",
            date=datetime.date(2022, 1, 1) + datetime.timedelta(days=day),
        )
        post.categories.add(news["trainings"])
        post.save_revision().publish()
    first = client.get("/lt/news/?category=mokymai")
    html = first.content.decode()
    assert 'href="?category=mokymai&amp;page=2"' in html
    second = client.get("/lt/news/?category=mokymai&page=2")
    titles = post_titles(first) + post_titles(second)
    assert len(titles) == NEWS_PER_PAGE + 5  # the 15 new posts and the two older trainings
    assert not {"Kaziuko mugė", "Rudens mugė"} & set(titles)
    # Choosing another filter from page 2 goes back to page 1 of the new selection.
    assert '<a href="?category=muges">Mugės</a>' in second.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("year=abc", ("There is no news from the year “%(year)s”.", {"year": "abc"})),
        (
            "year=99999999999",
            ("There is no news from the year “%(year)s”.", {"year": "99999999999"}),
        ),
        ("year=1850", ("There is no news from the year “%(year)s”.", {"year": "1850"})),
        ("year=-2019", ("There is no news from the year “%(year)s”.", {"year": "-2019"})),
        ("category=nera", ("There is no news category “%(slug)s”.", {"slug": "nera"})),
        ("project=nera", ("There is no project “%(slug)s”.", {"slug": "nera"})),
        (
            "category=mokymai&year=20x9",
            ("There is no news from the year “%(year)s”.", {"year": "20x9"}),
        ),
    ],
)
def test_unknown_filter_value_is_a_not_found_page_that_says_why(client, news, query, message):
    response = client.get(f"/lt/news/?{query}")
    assert response.status_code == 404
    html = response.content.decode()
    assert lt(message[0], **message[1]) in html.replace("&quot;", '"')
    assert post_titles(response) == []
    assert lt("Show all news") in html


def test_repeated_filter_parameter_takes_its_last_value(client, news):
    assert post_titles(client.get("/lt/news/?category=nera&category=mokymai")) == [
        "Keramikos mokymai",
        "Audimo mokymai",
    ]
    response = client.get("/lt/news/?category=mokymai&category=nera")
    assert response.status_code == 404
    assert lt("There is no news category “%(slug)s”.", slug="nera") in response.content.decode()


def test_project_without_news_gives_an_empty_list_not_an_error(client, site_tree, news):
    factories.ProjectPageFactory(parent=site_tree.project_index, slug="tyla")
    response = client.get("/lt/news/?project=tyla")
    assert response.status_code == 200
    assert lt("No news matches these filters.") in visible_text(response)


@pytest.fixture
def english_news(news, site_tree, translate):
    """The English site: translated categories and project with English slugs; the English
    post still links the Lithuanian category and project objects, as translations do."""
    translate(site_tree.home, "en", {"Pradžia": "Home"})
    translate(site_tree.news_index, "en", {"Naujienos": "News", "news": "news"})
    translate(site_tree.project_index, "en", {"Projektai": "Projects", "projects": "projects"})
    translate(news["trainings"], "en", {"Mokymai": "Trainings", "mokymai": "trainings"})
    translate(
        news["crafts"], "en", {"Amatai be sienų": "Crafts without borders", "amatai": "crafts"}
    )
    post = translate(news["old_training"], "en", {"Audimo mokymai": "Weaving training"})
    assert post.categories.get().locale.language_code == "lt"
    return post


def test_category_filter_works_with_the_translated_slug(client, english_news):
    response = client.get("/en/news/?category=trainings")
    assert response.status_code == 200
    assert post_titles(response) == ["Weaving training"]
    assert 'aria-current="true">Trainings</a>' in response.content.decode()


def test_project_filter_works_with_the_translated_projects_slug(client, english_news):
    response = client.get("/en/news/?project=crafts")
    assert response.status_code == 200
    assert post_titles(response) == ["Weaving training"]
    assert "Project: Crafts without borders" in visible_text(response)


def test_filters_show_only_the_active_languages_posts(client, english_news):
    response = client.get("/en/news/?year=2019")
    assert post_titles(response) == ["Weaving training"]


def test_filtered_index_query_count_does_not_grow_with_news(client, site_tree, news):
    image = factories.wagtail_factories.ImageFactory()

    def add(count):
        for _ in range(count):
            post = factories.NewsPageFactory(parent=site_tree.news_index, lead_image=image)
            post.categories.add(news["trainings"])
            post.save_revision().publish()
            factories.NewsPageProjectFactory(page=post, project=news["crafts"])

    url = "/lt/news/?category=mokymai&project=amatai&year=2024"
    add(3)
    with_few = count_queries(client, url)
    add(30)
    with_many = count_queries(client, url)
    # The frame (site, locale, page, navigation, switcher, footer, JSON-LD breadcrumb), the
    # filter choices (categories, projects, years), one lookup per active filter and the
    # locales they are ranked by, then the count and the page of posts with their images,
    # renditions and categories: never one per post.
    assert with_many == with_few
    assert with_few <= 40


@pytest.mark.parametrize("query", ["category=a%00b", "project=%00", "category=a/b", "year=%00"])
def test_filter_value_that_is_no_slug_is_not_found_not_a_server_error(client, news, query):
    # PostgreSQL refuses a NUL byte in a query: the value must never reach the database.
    assert client.get(f"/lt/news/?{query}").status_code == 404
