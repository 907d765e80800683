"""An editor's image upload is refused, with a clear message in the editor's language, when it
is too big, has too many pixels, is not what its name says, or is an SVG; in the add form and
in the multiple (drag and drop) upload alike, and never with a 500. A real image still
uploads, under a clean name."""

import io
import json
from functools import partial

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from django.urls import reverse
from wagtail.images import get_image_model

from tests.security.uploads import (
    HTML_PAGE,
    SVG_WITH_SCRIPT,
    drop_file,
    form_errors,
    png,
    png_declaring,
    post_form,
)

Image = get_image_model()
# Pillow warns about the bombs these tests upload on purpose.
pytestmark = pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")

REFUSALS = {
    "svg": {
        "en": "SVG images are not accepted: an SVG file can carry scripts",
        "lt": "SVG paveikslėliai nepriimami: SVG faile gali būti scenarijų",
    },
    "pixels": {
        "en": "This image has too many pixels. Images can have at most 50 megapixels",
        "lt": "Šiame paveikslėlyje per daug taškų. Paveikslėlyje gali būti ne daugiau kaip 50 "
        "megapikselių",
    },
    "not an image": {
        "en": "This file is not an image, or it is damaged.",
        "lt": "Šis failas nėra paveikslėlis arba yra sugadintas.",
    },
    "format": {
        "en": "This is not an accepted image format. Upload a file in one of these formats: "
        "GIF, JPG, JPEG, PNG, WEBP.",
        "lt": "Šis paveikslėlio formatas nepriimamas. Įkelkite vieno iš šių formatų failą: "
        "GIF, JPG, JPEG, PNG, WEBP.",
    },
    "renamed": {
        "en": "This file is a PNG image, but its name ends in .jpg. Rename it to end in .png",
        "lt": "Šis failas yra PNG paveikslėlis, bet jo pavadinimas baigiasi .jpg. Pervadinkite",
    },
    "too big": {
        "en": "This file is too big (1.3\xa0KB). Images can be at most 1000\xa0bytes.",
        "lt": "Šis failas per didelis (1,3\xa0KB). Paveikslėlis gali būti ne didesnis kaip "
        "1000\xa0baitai.",
    },
}


@pytest.fixture
def add_image(editor):
    return partial(post_form, editor, "wagtailimages:add")


@pytest.fixture
def add_multiple(editor):
    return partial(drop_file, editor, "wagtailimages:add_multiple")


LANGUAGES = pytest.mark.parametrize("language", ["en", "lt"])


@LANGUAGES
def test_svg_with_a_script_is_refused(add_image, language):
    response = add_image("logo.svg", SVG_WITH_SCRIPT, language)
    assert REFUSALS["svg"][language] in form_errors(response)
    assert not Image.objects.exists()


@LANGUAGES
def test_svg_named_as_png_is_refused_as_svg(add_image, language):
    response = add_image("logo.png", SVG_WITH_SCRIPT, language)
    assert REFUSALS["svg"][language] in form_errors(response)
    assert not Image.objects.exists()


@LANGUAGES
def test_png_declaring_144_megapixels_in_a_few_bytes_is_refused(add_image, language):
    # Past Pillow's warning (89 megapixels) but short of its error: plain Wagtail 8 answers
    # this one with a 500.
    response = add_image("bomb.png", png_declaring(12_000, 12_000), language)
    assert REFUSALS["pixels"][language] in form_errors(response)


@LANGUAGES
def test_png_declaring_ten_gigapixels_is_refused(add_image, language):
    # Beyond Pillow's own decompression-bomb error.
    response = add_image("bomb.png", png_declaring(100_000, 100_000), language)
    assert REFUSALS["pixels"][language] in form_errors(response)


@LANGUAGES
def test_html_page_renamed_to_png_is_refused(add_image, language):
    response = add_image("photo.png", HTML_PAGE, language)
    assert REFUSALS["not an image"][language] in form_errors(response)


def test_text_file_renamed_to_jpg_is_refused(add_image):
    response = add_image("photo.jpg", b"Tai ne nuotrauka.\n")
    assert REFUSALS["not an image"]["en"] in form_errors(response)


def test_truncated_png_is_refused_not_a_server_error(add_image):
    response = add_image("cut.png", png_declaring(100, 100))
    assert REFUSALS["not an image"]["en"] in form_errors(response)


@LANGUAGES
def test_unaccepted_format_is_refused_with_the_accepted_ones(add_image, language):
    response = add_image("photo.bmp", b"BM" + bytes(64), language)
    assert REFUSALS["format"][language] in form_errors(response)


@LANGUAGES
def test_png_named_jpg_is_refused_with_the_right_extension(add_image, language):
    response = add_image("photo.jpg", png(), language)
    assert REFUSALS["renamed"][language] in form_errors(response)


@LANGUAGES
def test_image_over_the_size_limit_is_refused(add_image, settings, language):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    response = add_image("big.png", png() + bytes(1300 - len(png())), language)
    assert REFUSALS["too big"][language] in form_errors(response)


def test_real_png_is_accepted(add_image):
    response = add_image("Puodai.png", png(40, 30))
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (40, 30)


def test_image_name_loses_path_control_characters_and_leading_dots(add_image):
    add_image("../../.Puodai\x07 lentynoje.png", png())
    assert Image.objects.get().file.name == "original_images/Puodai_lentynoje.png"


@LANGUAGES
def test_multiple_upload_refuses_svg_with_its_message(add_multiple, language):
    answer = add_multiple("logo.svg", SVG_WITH_SCRIPT, language)
    assert answer["success"] is False
    assert REFUSALS["svg"][language] in answer["error_message"]
    assert not Image.objects.exists()


@LANGUAGES
def test_multiple_upload_refuses_a_pixel_bomb_with_its_message(add_multiple, language):
    answer = add_multiple("bomb.png", png_declaring(12_000, 12_000), language)
    assert answer["success"] is False
    assert REFUSALS["pixels"][language] in answer["error_message"]


def test_multiple_upload_refuses_html_renamed_to_png(add_multiple):
    answer = add_multiple("photo.png", HTML_PAGE)
    assert answer["success"] is False
    assert REFUSALS["not an image"]["en"] in answer["error_message"]


def test_multiple_upload_accepts_a_real_png(add_multiple):
    answer = add_multiple("Puodai.png", png())
    assert answer["success"] is True
    assert Image.objects.get().pk == answer["image_id"]


def test_multiple_upload_page_checks_format_in_the_browser_in_the_editors_language(editor):
    editor.language("lt")
    response = editor.get(reverse("wagtailimages:add_multiple"))
    page = BeautifulSoup(response.content.decode(), "html.parser")
    messages = json.loads(page.find(attrs={"data-messages": True})["data-messages"])
    assert messages["acceptFileTypes"] == REFUSALS["format"]["lt"]


def test_editing_an_image_without_a_new_file_keeps_its_file(editor):
    image = Image.objects.create(title="Puodai", file=ImageFile(io.BytesIO(png()), "Puodai.png"))
    stored = image.file.name
    response = editor.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": "Juodieji puodai", "collection": image.collection_id},
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.title, image.file.name) == ("Juodieji puodai", stored)
