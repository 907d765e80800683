"""The A3 poster of CPR Art. 50(1)(d): one A3 page per project page, in the page's language,
with the EU emblem at least as large as any other logo (Annex IX)."""

import io

import pytest
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from tests import factories
from tests.translations.users import is_denied, make_user
from translations.roles import COMMUNICATIONS, setup_roles, translators_group

A3_POINTS = (841.89, 1190.55)
POLISH_TITLE = "Współpraca rzemieślników z Tauragė i Łomży"


@pytest.fixture
def project(site_tree):
    disclaimer = factories.FundingDisclaimerFactory(show_emblem=True)
    return factories.ProjectPageFactory(
        parent=site_tree.project_index,
        title="Amatų kelias per sieną",
        programme=disclaimer.programme,
        aims="<p>Sujungti amatininkus abipus sienos.</p><ul><li>Mokymai</li></ul>",
        eu_contribution="58079.78",
    )


@pytest.fixture
def polish_project(project, translate):
    return translate(project, "pl", {project.title: POLISH_TITLE})


@pytest.fixture
def editor(client, site_tree):
    setup_roles()
    client.force_login(make_user("editor", COMMUNICATIONS))
    return client


def poster(client, page):
    response = client.get(reverse("compliance_poster", args=[page.pk]))
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def text_of(pdf):
    return " ".join(pdf.pages[0].extract_text().split())


def test_poster_is_one_a3_page(editor, project):
    pdf = poster(editor, project)
    assert len(pdf.pages) == 1
    box = pdf.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == A3_POINTS


def test_lithuanian_poster_has_the_title_statement_and_contribution(editor, project):
    text = text_of(poster(editor, project))
    assert "Amatų kelias per sieną" in text
    assert "Bendrai finansuoja Europos Sąjunga" in text
    assert "58 079,78 €" in text.replace("\u00a0", " ")
    assert "Sujungti amatininkus abipus sienos." in text


def test_polish_poster_is_in_polish(editor, polish_project):
    text = text_of(poster(editor, polish_project))
    assert POLISH_TITLE in text
    assert "Współfinansowane przez Unię Europejską" in text
    assert "Bendrai finansuoja" not in text


def drawn_images_and_emblem(pdf):
    """The (width, height) of every image drawn on the page, and of the emblem: the rectangle
    filled in reflex blue (#003399), read from the page's content stream."""
    from pypdf.generic import ContentStream

    page = pdf.pages[0]
    images, emblem, fill, matrix = [], None, None, None
    for operands, operator in ContentStream(page.get_contents(), pdf).operations:
        if operator == b"rg":
            fill = tuple(round(float(value), 2) for value in operands)
        elif operator == b"cm":
            matrix = [float(value) for value in operands]
        elif operator == b"Do" and matrix:
            images.append((abs(matrix[0]), abs(matrix[3])))
        elif operator == b"re" and fill == (0.0, 0.2, 0.6) and emblem is None:
            emblem = (abs(float(operands[2])), abs(float(operands[3])))
    return images, emblem


def test_emblem_is_no_smaller_than_the_programmes_logo(editor, project):
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 900), "red").save(buffer, "PNG")  # a tall logo, larger than the flag
    logo = factories.wagtail_factories.ImageFactory(
        file__from_file=io.BytesIO(buffer.getvalue()), file__filename="logo.png"
    )
    project.programme.logo = logo
    project.programme.save()
    images, emblem = drawn_images_and_emblem(poster(editor, project))
    assert emblem is not None and emblem[0] / emblem[1] == pytest.approx(1.5)
    assert len(images) == 1
    assert all(height <= emblem[1] + 0.01 for _width, height in images)


def test_translator_is_refused_a_poster_of_another_languages_page(client, project):
    setup_roles()
    client.force_login(make_user("translator", translators_group("lv")))
    assert is_denied(client.get(reverse("compliance_poster", args=[project.pk])))


def test_poster_of_a_page_that_is_no_project_is_not_found(editor, site_tree):
    url = reverse("compliance_poster", args=[site_tree.home.pk])
    assert editor.get(url, follow=True).status_code == 404


def test_project_page_header_offers_the_poster(editor, project):
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[project.pk])).content.decode()
    assert reverse("compliance_poster", args=[project.pk]) in html
    assert "Poster (A3 PDF)" in html
