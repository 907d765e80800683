"""What the tests of consents, erasure and enquiries share: profiles with or without consent,
the admin in a chosen language, and the admin's forms posted back (fixtures: `english_admin`,
`member_cluster` and `craft_sector` in tests/conftest.py)."""

from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

from tests import factories

STREAMS = ["products", "workshops", "gallery", "body"]


def speaks(user, code):
    """Set the language `user` chose for the admin."""
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language=code)


def draft_profile(cluster, sector, **fields):
    """A new profile, never published, with no consent: what an editor has just written."""
    fields.setdefault("title", "Ona Puodžiūtė")
    member = factories.ClusterMemberPageFactory(parent=cluster, live=False, consent=None, **fields)
    member.craft_sectors.set([sector])
    member.save_revision()
    return member


def page_form_data(client, url):
    """The page editor's form at `url` (edit or create view), as the browser would post it."""
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    for stream in STREAMS:  # StreamFields are drawn by JavaScript; these are empty
        data.setdefault(f"{stream}-count", "0")
    return data


def edit_form_data(client, page):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return url, page_form_data(client, url)


def publish_in_editor(client, page, **changes):
    """Press "Publish" in the page editor of `page`, with `changes` made to its form."""
    url, data = edit_form_data(client, page)
    for name, value in changes.items():
        data[name] = value
    data["action-publish"] = "action-publish"
    return client.post(url, data)


def consent(member, **fields):
    return factories.PublicationConsentFactory(member=member, **fields)


def consent_form(record, **changes):
    """The consent's edit form in the admin, as posted back with `changes`."""
    data = {
        "member": str(record.member_id),
        "given_by": record.given_by,
        "given_at": record.given_at.isoformat(),
        "method": record.method,
        "evidence": record.evidence,
        "covers_photos": "on" if record.covers_photos else "",
        "covers_contact_details": "on" if record.covers_contact_details else "",
        "withdrawn_at": record.withdrawn_at.isoformat() if record.withdrawn_at else "",
        "notes": record.notes,
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value != ""}


def record_withdrawal(client, record, day):
    url = reverse("clusters_publicationconsent_modeladmin_edit", args=[record.pk])
    return client.post(url, consent_form(record, withdrawn_at=day.isoformat()))
