"""Creating demo pages idempotently: a page is found again by its parent and slug."""

from wagtail.models import Page


def get_or_create_page(
    parent, model, slug, tally, children=None, find_by=None, publish=True, **fields
):
    """The `model` page under `parent` with this slug, created and published if missing (with
    `publish=False`, created as a draft: a member profile waits for its consent).

    `find_by` replaces the slug as the natural key, e.g. `{}` for a page type that exists once
    per parent (an index), so that one made by hand is reused rather than duplicated.

    `fields` hold the values in the parent's language; `children` maps child relation names to
    lists of unsaved inline objects.
    """
    lookup = {"slug": slug} if find_by is None else find_by
    existing = model.objects.child_of(parent).filter(**lookup).first()
    if existing is not None:
        tally.present(f"page: {model.__name__}")
        return existing
    page = model(slug=slug, locale_id=parent.locale_id, live=publish)
    for name, value in fields.items():
        setattr(page, name, value)
    for name, objects in (children or {}).items():
        setattr(page, name, objects)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    tally.created(f"page: {model.__name__}")
    return page


def root_page():
    return Page.get_first_root_node()
