"""A funding disclaimer is edited once and shows, changed, everywhere it applies."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from tests import factories


@pytest.fixture
def disclaimer_everywhere(site_tree):
    """One disclaimer on a project page (via its programme), a related news post, and a body."""
    disclaimer = factories.FundingDisclaimerFactory(
        statement="Funded by the Interreg Lithuania–Poland programme.", show_emblem=True
    )
    project = factories.ProjectPageFactory(
        parent=site_tree.project_index, programme=disclaimer.programme
    )
    news = factories.NewsPageFactory(parent=site_tree.news_index)
    factories.NewsPageProjectFactory(page=news, project=project)
    standard = factories.StandardPageFactory(
        parent=site_tree.home,
        body=[("funding_disclaimer", {"disclaimer": disclaimer})],
    )
    return disclaimer, [project, news, standard]


def test_project_page_shows_its_programmes_disclaimer_and_emblem(client, disclaimer_everywhere):
    _, (project, _, _) = disclaimer_everywhere
    html = client.get(project.url).content.decode()
    assert "Funded by the Interreg Lithuania–Poland programme." in html
    assert 'class="eu-emblem"' in html


def test_news_post_about_a_project_shows_the_projects_disclaimer(client, disclaimer_everywhere):
    _, (_, news, _) = disclaimer_everywhere
    html = client.get(news.url).content.decode()
    assert "Funded by the Interreg Lithuania–Poland programme." in html


def test_disclaimer_without_emblem_shows_no_emblem(client, disclaimer_everywhere):
    disclaimer, (project, _, _) = disclaimer_everywhere
    disclaimer.show_emblem = False
    disclaimer.save()
    html = client.get(project.url).content.decode()
    assert 'class="eu-emblem"' not in html


def test_disclaimer_wording_fills_in_the_beneficiary(client, site_tree):
    beneficiary = factories.OrganisationFactory(name="Latgales plānošanas reģions")
    disclaimer = factories.FundingDisclaimerFactory(statement="", beneficiary=beneficiary)
    project = factories.ProjectPageFactory(
        parent=site_tree.project_index, programme=disclaimer.programme
    )
    html = client.get(project.url).content.decode()
    assert "Its contents are the sole responsibility of Latgales plānošanas reģions." in html


def test_disclaimer_edited_once_in_the_admin_changes_on_every_page(
    admin_client, client, disclaimer_everywhere
):
    disclaimer, pages = disclaimer_everywhere
    url = reverse("wagtailsnippets_projects_fundingdisclaimer:edit", args=[disclaimer.pk])
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="w-editor-form")
    data["statement"] = "Co-financed by the European Regional Development Fund (edited)."
    response = admin_client.post(url, data)
    assert response.status_code == 302

    for page in pages:
        html = client.get(page.url).content.decode()
        assert "Co-financed by the European Regional Development Fund (edited)." in html, page
        assert "Funded by the Interreg Lithuania–Poland programme." not in html, page


def test_news_post_whose_body_repeats_its_projects_disclaimer_shows_it_once(
    client, disclaimer_everywhere
):
    disclaimer, (_, news, _) = disclaimer_everywhere
    news.body = [("funding_disclaimer", {"disclaimer": disclaimer})]
    news.save_revision().publish()
    html = client.get(news.url).content.decode()
    assert html.count("Funded by the Interreg Lithuania–Poland programme.") == 1


def test_project_page_whose_body_repeats_its_disclaimer_shows_it_once_at_the_top(
    client, disclaimer_everywhere
):
    disclaimer, (project, _, _) = disclaimer_everywhere
    project.body = [("funding_disclaimer", {"disclaimer": disclaimer})]
    project.save_revision().publish()
    html = client.get(project.url).content.decode()
    assert html.count("Funded by the Interreg Lithuania–Poland programme.") == 1
    # The EU rules want it visible on landing: it stays above the project's facts.
    assert html.index("Funded by the Interreg") < html.index('class="facts-panel')
