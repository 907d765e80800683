"""Creating demo pages idempotently: a page is found again by its parent and slug."""

from wagtail.models import Page

from .blocks import stream
from .text import T, paragraphs


def rich(*texts):
    """Marks a rich-text field value: plain paragraphs, one translatable string each."""
    return ("rich", texts)


def resolve(value, code):
    """A field value in language `code`: text, rich text, a block body, or the value itself."""
    if isinstance(value, T):
        return value[code]
    if isinstance(value, tuple) and value and value[0] == "rich":
        return paragraphs(value[1], code)
    if isinstance(value, list) and value and callable(value[0]):
        return stream(value, code)
    return value


def get_or_create_page(parent, model, slug, code, tally, children=None, find_by=None, **fields):
    """The `model` page under `parent` with this slug, created and published if missing.

    `find_by` replaces the slug as the natural key, e.g. `{}` for a page type that exists once
    per parent (an index), so that one made by hand is reused rather than duplicated.

    `fields` may hold multilingual text (T), rich text (`rich(...)`) and block bodies (lists of
    block builders); they are written in language `code`, the parent's language. `children`
    maps child relation names to lists of unsaved inline objects.
    """
    slug = resolve(slug, code)
    lookup = {"slug": slug} if find_by is None else find_by
    existing = model.objects.child_of(parent).filter(**lookup).first()
    if existing is not None:
        tally.present(f"page: {model.__name__}")
        return existing
    page = model(slug=slug, locale_id=parent.locale_id)
    for name, value in fields.items():
        setattr(page, name, resolve(value, code))
    for name, objects in (children or {}).items():
        setattr(page, name, objects)
    parent.add_child(instance=page)
    page.save_revision().publish()
    tally.created(f"page: {model.__name__}")
    return page


def root_page():
    return Page.get_first_root_node()
