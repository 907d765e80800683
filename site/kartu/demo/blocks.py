"""Builders for StreamField content in the stored (raw JSON) form, one language at a time.

A body is written once as a list of these builders with multilingual text; `stream(body, code)`
renders it in the source language. List items get ids (the stored form), so wagtail-localize
extracts the strings inside them too.
"""

import uuid

from .text import paragraphs, text_in


def _id():
    return str(uuid.uuid4())


def _items(values):
    return [{"type": "item", "value": value, "id": _id()} for value in values]


def stream(blocks, code):
    """The stored form of a list of block builders, rendered in language `code`."""
    return [{"id": _id(), **block(code)} for block in blocks]


def paragraph(*texts):
    return lambda code: {"type": "paragraph", "value": paragraphs(texts, code)}


def heading(text, level="h2"):
    return lambda code: {"type": "heading", "value": {"text": text[code], "level": level}}


def image(picture, caption, credit=None):
    return lambda code: {
        "type": "image",
        "value": {
            "image": picture.pk,
            "alt_text": "",
            "caption": caption[code],
            "credit": text_in(credit, code) or "",
        },
    }


def image_value(picture, caption, code):
    return {"image": picture.pk, "alt_text": "", "caption": caption[code], "credit": ""}


def gallery(title, pictures):
    """`pictures`: (image, caption) pairs."""
    return lambda code: {
        "type": "gallery",
        "value": {
            "title": title[code],
            "images": _items(image_value(pic, caption, code) for pic, caption in pictures),
        },
    }


def quote(text, attribution):
    return lambda code: {
        "type": "quote",
        "value": {"quote": text[code], "attribution": attribution[code]},
    }


def facts_table(caption, facts):
    """`facts`: (label, value) pairs of multilingual text."""
    return lambda code: {
        "type": "facts_table",
        "value": {
            "caption": caption[code],
            "facts": _items({"label": label[code], "value": value[code]} for label, value in facts),
        },
    }


def contact_person(name, role, organisation, email, phone):
    return lambda code: {
        "type": "contact_person",
        "value": {
            "name": name[code],
            "role": role[code],
            "organisation": organisation[code],
            "email": email,
            "phone": phone[code],
        },
    }


def partner_list(title, organisations):
    return lambda code: {
        "type": "partner_list",
        "value": {"title": title[code], "partners": _items(org.pk for org in organisations)},
    }


def links(title, items):
    """`items`: (title, url) pairs."""
    return lambda code: {
        "type": "documents",
        "value": {
            "title": title[code],
            "links": _items(
                {"title": text[code], "document": None, "page": None, "url": url}
                for text, url in items
            ),
        },
    }


def call_to_action(title, text, button, url):
    return lambda code: {
        "type": "call_to_action",
        "value": {
            "title": title[code],
            "text": text[code],
            "button_label": button[code],
            "page": None,
            "url": url,
        },
    }


def funding_disclaimer(disclaimer):
    return lambda code: {"type": "funding_disclaimer", "value": {"disclaimer": disclaimer.pk}}
