"""Files an editor uploads, and how the admin takes them, for the upload tests."""

import io
import json
import struct
import zlib

from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.models import Collection


def png(width=8, height=8):
    """A real PNG image."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "#c0392b").save(buffer, "PNG")
    return buffer.getvalue()


def png_declaring(width, height):
    """A PNG a few dozen bytes long whose header declares `width` × `height` pixels: what a
    decompression bomb looks like to a server that counts pixels."""

    def chunk(kind, data):
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)
HTML_PAGE = b"<!doctype html><html><body><script>alert(1)</script></body></html>"


def upload(name, content):
    return SimpleUploadedFile(name, content)


def post_form(client, url_name, name, content, language="en"):
    """Post a file to an add form (wagtailimages:add, wagtaildocs:add) as the client's editor
    reading the admin in `language`."""
    client.language(language)
    return client.post(
        reverse(url_name),
        {
            "title": "Ataskaita",
            "file": upload(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def drop_file(client, url_name, name, content, language="en"):
    """Drop a file on a multiple upload (wagtailimages:add_multiple, wagtaildocs:add_multiple)
    as the browser's script sends it; returns the JSON answer."""
    client.language(language)
    response = client.post(
        reverse(url_name),
        {
            "files[]": upload(name, content),
            "title": name,
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    return json.loads(response.content)


def form_errors(response):
    """The error messages an admin form shows, one a line."""
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return "\n".join(error.get_text(" ", strip=True) for error in page.select(".error-message"))
