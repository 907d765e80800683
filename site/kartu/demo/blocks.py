"""StreamField content in the stored (raw JSON) form, from the block lists of the data files.

A body in a data file is a list of blocks, each a one-key mapping: the block's kind and its
content, with texts in several languages (`heading: {lt: …, en: …}`). `stream(blocks, code,
refs, images)` renders it in the source language `code`. List items get ids (the stored form),
so wagtail-localize extracts the strings inside them too.
"""

import uuid

from .text import paragraphs, text


def _id():
    return str(uuid.uuid4())


def _items(values):
    return [{"type": "item", "value": value, "id": _id()} for value in values]


def stream(blocks, code, refs, images):
    """The stored form of a list of data-file blocks, rendered in language `code`.

    Pictures are drawn (or found) here, so a body's pictures exist even when its page does."""
    stored = []
    for block in blocks:
        ((kind, value),) = block.items()
        stored.append({"id": _id(), **RENDER[kind](value, code, refs, images)})
    return stored


def stored(kind, value):
    """One block in the stored form, for a StreamField built in Python rather than from a
    data file's block list."""
    return {"type": kind, "value": value, "id": _id()}


def image_value(picture, caption, code):
    return {"image": picture.pk, "alt_text": "", "caption": text(caption, code), "credit": ""}


def _paragraphs(value, code, refs, images):
    return {"type": "paragraph", "value": paragraphs(value, code)}


def _heading(value, code, refs, images):
    return {"type": "heading", "value": {"text": text(value, code), "level": "h2"}}


def _image(value, code, refs, images):
    return {
        "type": "image",
        "value": {
            **image_value(images.picture(value["picture"]), value["caption"], code),
            "credit": text(value.get("credit"), code) or "",
        },
    }


def _gallery(value, code, refs, images):
    pictures = [(images.picture(item["picture"]), item["caption"]) for item in value["pictures"]]
    return {
        "type": "gallery",
        "value": {
            "title": text(value["title"], code),
            "images": _items(image_value(picture, caption, code) for picture, caption in pictures),
        },
    }


def _quote(value, code, refs, images):
    return {
        "type": "quote",
        "value": {
            "quote": text(value["text"], code),
            "attribution": text(value["attribution"], code),
        },
    }


def _facts_table(value, code, refs, images):
    facts = [
        {"label": text(fact["label"], code), "value": text(fact["value"], code)}
        for fact in value["facts"]
    ]
    return {
        "type": "facts_table",
        "value": {"caption": text(value["caption"], code), "facts": _items(facts)},
    }


def _contact_person(value, code, refs, images):
    return {
        "type": "contact_person",
        "value": {
            "name": text(value["name"], code),
            "role": text(value["role"], code),
            "organisation": text(value["organisation"], code),
            "email": value["email"],
            "phone": text(value["phone"], code),
        },
    }


def _partner_list(value, code, refs, images):
    organisations = [refs["organisation"][key].pk for key in value["organisations"]]
    return {
        "type": "partner_list",
        "value": {"title": text(value["title"], code), "partners": _items(organisations)},
    }


def _links(value, code, refs, images):
    links = [
        {"title": text(link["title"], code), "document": None, "page": None, "url": link["url"]}
        for link in value["links"]
    ]
    return {
        "type": "documents",
        "value": {"title": text(value["title"], code), "links": _items(links)},
    }


def _call_to_action(value, code, refs, images):
    return {
        "type": "call_to_action",
        "value": {
            "title": text(value["title"], code),
            "text": text(value["text"], code),
            "button_label": text(value["button"], code),
            "page": None,
            "url": value["url"],
        },
    }


def _funding_disclaimer(value, code, refs, images):
    return {"type": "funding_disclaimer", "value": {"disclaimer": refs["disclaimer"][value].pk}}


RENDER = {
    "paragraphs": _paragraphs,
    "heading": _heading,
    "image": _image,
    "gallery": _gallery,
    "quote": _quote,
    "facts_table": _facts_table,
    "contact_person": _contact_person,
    "partner_list": _partner_list,
    "links": _links,
    "call_to_action": _call_to_action,
    "funding_disclaimer": _funding_disclaimer,
}
