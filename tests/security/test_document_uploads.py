"""Documents: only allow-listed extensions are accepted, in the add form and the multiple
upload, within the size limit and with a message in the editor's language; every download is
an attachment of an allow-listed type with nosniff, from local storage, from storage without
local paths (as S3 is) and straight from an S3 bucket; names are stored clean."""

from functools import partial

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.urls import reverse
from wagtail.documents import get_document_model

from security.uploads.storage import MediaS3Storage
from tests.security.uploads import drop_file, form_errors, post_form

Document = get_document_model()
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"

REFUSALS = {
    "extension": {
        "en": "This type of file is not accepted as a document. Accepted types: csv, docx, odt, "
        "pdf, pptx, rtf, txt, xlsx, zip.",
        "lt": "Šio tipo failai nepriimami kaip dokumentai. Priimami tipai: csv, docx, odt, pdf, "
        "pptx, rtf, txt, xlsx, zip.",
    },
    "too big": {
        "en": "This file is too big (1.5\xa0KB). Documents can be at most 1000\xa0bytes.",
        "lt": "Šis failas per didelis (1,5\xa0KB). Dokumentas gali būti ne didesnis kaip "
        "1000\xa0baitai.",
    },
}
LANGUAGES = pytest.mark.parametrize("language", ["en", "lt"])


@pytest.fixture
def add_document(editor):
    return partial(post_form, editor, "wagtaildocs:add")


@pytest.fixture
def add_multiple(editor):
    return partial(drop_file, editor, "wagtaildocs:add_multiple")


@LANGUAGES
def test_exe_document_is_refused(add_document, language):
    response = add_document("setup.exe", b"MZ\x90\x00", language)
    assert form_errors(response) == REFUSALS["extension"][language]
    assert not Document.objects.exists()


@LANGUAGES
def test_multiple_upload_refuses_exe_document(add_multiple, language):
    answer = add_multiple("setup.exe", b"MZ\x90\x00", language)
    assert answer["success"] is False
    assert answer["error_message"] == REFUSALS["extension"][language]
    assert not Document.objects.exists()


@LANGUAGES
def test_document_over_the_size_limit_is_refused(add_document, settings, language):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    response = add_document("report.pdf", PDF + bytes(1500 - len(PDF)), language)
    assert form_errors(response) == REFUSALS["too big"][language]


def test_multiple_upload_refuses_document_over_the_size_limit(add_multiple, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    answer = add_multiple("report.pdf", PDF + bytes(1500 - len(PDF)))
    assert answer == {"success": False, "error_message": REFUSALS["too big"]["en"]}


def test_pdf_is_accepted(add_document):
    assert add_document("report.pdf", PDF).status_code == 302
    assert Document.objects.get().file.read() == PDF


def test_multiple_upload_accepts_a_pdf(add_multiple):
    answer = add_multiple("report.pdf", PDF)
    assert answer["success"] is True
    assert Document.objects.get().pk == answer["doc_id"]


def test_document_name_loses_path_control_characters_and_leading_dots(add_document):
    add_document("../../.slapta\x07 Tauragės ataskaita.pdf", PDF)
    assert Document.objects.get().file.name == "documents/slapta_Tauragės_ataskaita.pdf"


def test_decomposed_letters_in_a_name_stay_letters(add_document):
    # macOS sends "ė" as "e" and a combining dot, which Django's own cleaning would drop.
    add_document("Taurage\u0307s ataskaita.pdf", PDF)
    assert Document.objects.get().file.name == "documents/Tauragės_ataskaita.pdf"


def test_overlong_name_is_shortened_to_sixty_characters_and_its_extension(add_document):
    response = add_document("ataskaita-" * 20 + ".pdf", PDF)
    assert response.status_code == 302
    assert Document.objects.get().file.name == "documents/" + "ataskaita-" * 5 + "ataskaita.pdf"


def download(client, document):
    response = client.get(document.url)
    assert response.status_code == 200
    return response


def make_document(name, content):
    document = Document(title=name)
    document.file.save(name, ContentFile(content))
    return document


def test_pdf_download_is_an_attachment_with_nosniff(client, db):
    response = download(client, make_document("report.pdf", PDF))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_text_download_is_an_attachment_not_shown_in_the_browser(client, db):
    response = download(client, make_document("notes.txt", b"<script>alert(1)</script>"))
    assert response["Content-Type"] == "text/plain"
    assert response["Content-Disposition"].startswith("attachment;")


def test_document_of_an_extension_outside_the_list_downloads_as_opaque_bytes(client, db):
    # Uploaded before the allow-list, say: never served as the HTML its name suggests.
    response = download(client, make_document("page.html", b"<script>alert(1)</script>"))
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_download_from_storage_without_local_paths_is_served_not_redirected(client, db, settings):
    # S3 has no local paths either; Wagtail would redirect to the bucket by default.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    storages._storages.pop("default", None)
    Document._meta.get_field("file").storage = storages["default"]
    try:
        response = download(client, make_document("report.pdf", PDF))
        assert b"".join(response.streaming_content) == PDF
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["X-Content-Type-Options"] == "nosniff"
    finally:
        storages._storages.pop("default", None)
        Document._meta.get_field("file").storage = storages["default"]


def test_s3_document_object_is_an_attachment_of_the_listed_type_whatever_the_browser_said():
    storage = MediaS3Storage(bucket_name="kartu-media")
    claimed_html = ContentFile(b"<script>alert(1)</script>", name="notes.txt")
    claimed_html.content_type = "text/html"  # what the uploading browser sent
    params = storage._get_write_parameters("documents/notes.txt", claimed_html)
    assert params["ContentType"] == "text/plain"
    assert params["ContentDisposition"] == 'attachment; filename="notes.txt"'


def test_s3_image_object_keeps_its_image_type():
    storage = MediaS3Storage(bucket_name="kartu-media")
    params = storage._get_write_parameters("original_images/puodai.png")
    assert params["ContentType"] == "image/png"
    assert "ContentDisposition" not in params


def test_editing_a_document_without_a_new_file_keeps_its_file(editor):
    document = make_document("ataskaita.pdf", PDF)
    stored = document.file.name
    response = editor.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "Metinė ataskaita", "collection": document.collection_id},
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert (document.title, document.file.name) == ("Metinė ataskaita", stored)
