"""Every block of the body library can be translated string by string, and the translated page
shows the translations: captions, alt texts, quotes, tables, rich text with links."""

import pytest
from wagtail_factories import DocumentFactory, ImageFactory

from tests import factories
from tests.test_page_rendering import visible_text


@pytest.fixture
def page_with_every_block(site_tree):
    image = ImageFactory(title="Mugė", description="")
    disclaimer = factories.FundingDisclaimerFactory(statement="Projektą finansuoja ES.")
    partner = factories.OrganisationFactory(name="Punsko valsčius", country="PL")
    body = [
        ("heading", {"text": "Renginio akimirkos", "level": "h2"}),
        ("paragraph", '<p>Daugiau <a href="https://example.org/">programos svetainėje</a>.</p>'),
        (
            "image",
            {
                "image": image,
                "alt_text": "Amatininkai prie stalo",
                "caption": "Mugės rytas",
                "credit": "Jonas",
            },
        ),
        (
            "gallery",
            {
                "title": "Galerija",
                "images": [{"image": image, "alt_text": "Keramika", "caption": "Puodai"}],
            },
        ),
        ("quote", {"quote": "Amatai jungia žmones.", "attribution": "Ona, puodžiė"}),
        (
            "video",
            {
                "url": "https://vimeo.com/123456",
                "title": "Mugės filmas",
                "transcript": "Filmas apie mugę.",
            },
        ),
        (
            "documents",
            {
                "title": "Dokumentai",
                "links": [
                    {"title": "Programa", "document": DocumentFactory(), "page": None, "url": ""}
                ],
            },
        ),
        (
            "facts_table",
            {
                "caption": "Mugė skaičiais",
                "facts": [{"label": "Dalyviai", "value": "24 amatininkai"}],
            },
        ),
        (
            "contact_person",
            {
                "name": "Aušra",
                "role": "Projekto vadovė",
                "organisation": "Rietavo centras",
                "email": "a@example.org",
                "phone": "+370 600 00000",
            },
        ),
        ("partner_list", {"title": "Partneriai", "partners": [partner]}),
        (
            "call_to_action",
            {
                "title": "Registruokitės",
                "text": "Vietų skaičius ribotas.",
                "button_label": "Registruotis",
                "page": site_tree.home,
                "url": "",
            },
        ),
        ("funding_disclaimer", {"disclaimer": disclaimer}),
    ]
    page = factories.StandardPageFactory(
        parent=site_tree.home, title="Mugė", slug="muge", body=body
    )
    return page, disclaimer


TRANSLATED = [
    "Renginio akimirkos",
    "Daugiau",  # a rich text string keeps its link inline
    "Amatininkai prie stalo",
    "Mugės rytas",
    "Puodai",
    "Amatai jungia žmones.",
    "Ona, puodžiė",
    "Mugės filmas",
    "Filmas apie mugę.",
    "Dokumentai",
    "Mugė skaičiais",
    "24 amatininkai",
    "Projekto vadovė",
    "Registruokitės",
    "Registruotis",
    "Projektą finansuoja ES.",
]


def test_every_block_is_translated_on_the_english_page(
    client, page_with_every_block, site_tree, translate
):
    page, disclaimer = page_with_every_block
    translate(site_tree.home, "en")
    translate(disclaimer, "en")  # a snippet is translated once, wherever it is used
    english = translate(page, "en")
    response = client.get(english.url)
    html = response.content.decode()
    text = visible_text(response)
    for source in TRANSLATED:
        assert f"[en] {source}" in text or f'"[en] {source}"' in html, source


def test_translated_page_keeps_synchronised_block_values(
    client, page_with_every_block, site_tree, translate
):
    translate(site_tree.home, "en")
    english = translate(page_with_every_block[0], "en")
    html = client.get(english.url).content.decode()
    assert "https://example.org/" in html
    assert "player.vimeo.com/video/123456" in html
    assert "a@example.org" in html or "&#97;&#64;" in html
