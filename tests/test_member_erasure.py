"""`manage.py erase_member` erases a member on request: every language of the profile, its
images with their renditions and files, its consents and enquiries, and leaves one log entry
that names no one."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.images import get_image_model
from wagtail.images.models import Rendition
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision

from clusters.models import ClusterMemberPage, CooperationEnquiry, PublicationConsent
from tests import factories

NAME = "Ona Puodžiūtė"


@pytest.fixture
def photo(db):
    return factories.wagtail_factories.ImageFactory(title=f"{NAME}, portretas")


@pytest.fixture
def member(member_cluster, craft_sector, photo, locales):
    """A profile with a photo, a product picture and a gallery picture, a rendition of each,
    a Latvian translation, its consent and an enquiry sent to it."""
    product_picture = factories.wagtail_factories.ImageFactory(title=f"{NAME}: dubuo")
    gallery_picture = factories.wagtail_factories.ImageFactory(title=f"{NAME}: dirbtuvės")
    member = factories.ClusterMemberPageFactory(
        parent=member_cluster,
        title=NAME,
        slug="ona-puodziute",
        photo=photo,
        products=[("product", {"name": "Dubuo", "image": product_picture, "price": "10 €"})],
        gallery=[("image", {"image": gallery_picture, "alt_text": "Dirbtuvės"})],
        craft_sectors=[craft_sector],
    )
    for picture in [photo, product_picture, gallery_picture]:
        picture.get_rendition("fill-100x100")
    member.copy_for_translation(locales["lv"], copy_parents=True)
    factories.CooperationEnquiryFactory(member=member)
    return member


def files_of(images):
    """(storage, name) of every image file and rendition file of `images`."""
    found = []
    for image in images:
        found.append((image.file.storage, image.file.name))
        found.extend((r.file.storage, r.file.name) for r in image.renditions.all())
    return found


def erase(identifier, capture):
    with capture(execute=True):  # image files are deleted when the transaction commits
        call_command("erase_member", str(identifier), "--yes", verbosity=0)


def test_erasure_leaves_no_page_image_rendition_file_or_consent_behind(
    member, django_capture_on_commit_callbacks
):
    images = list(get_image_model().objects.all())
    files = files_of(images)
    page_ids = list(Page.objects.filter(translation_key=member.translation_key).values("pk"))
    assert len(page_ids) == 2 and len(files) == 6
    erase(member.pk, django_capture_on_commit_callbacks)
    assert not Page.objects.filter(translation_key=member.translation_key).exists()
    assert not get_image_model().objects.exists()
    assert not Rendition.objects.exists()
    assert [name for storage, name in files if storage.exists(name)] == []
    assert not PublicationConsent.objects.exists()
    assert not CooperationEnquiry.objects.exists()


def test_erasure_leaves_one_log_entry_that_names_no_one(member, django_capture_on_commit_callbacks):
    page_ids = [page.pk for page in Page.objects.filter(translation_key=member.translation_key)]
    erase("ona-puodziute", django_capture_on_commit_callbacks)
    entries = PageLogEntry.objects.filter(page_id__in=page_ids)
    assert [entry.action for entry in entries] == ["kartu.member.erase"]
    assert entries[0].label == f"#{member.pk}"
    assert entries[0].data["pages"] == sorted(page_ids)
    logged = [
        (e.label, str(e.data)) for e in [*PageLogEntry.objects.all(), *ModelLogEntry.objects.all()]
    ]
    assert not [entry for entry in logged if NAME in str(entry)]
    assert not Revision.objects.filter(object_id__in=[str(pk) for pk in page_ids]).exists()


def test_erasure_keeps_an_image_that_another_page_uses(
    member, photo, site_tree, django_capture_on_commit_callbacks
):
    factories.NewsPageFactory(parent=site_tree.news_index, lead_image=photo)
    erase(member.pk, django_capture_on_commit_callbacks)
    assert get_image_model().objects.filter(pk=photo.pk).exists()
    assert not ClusterMemberPage.objects.filter(translation_key=member.translation_key).exists()


def test_erase_member_erases_nothing_unless_the_operator_types_yes(member, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="Nothing was erased"):
        call_command("erase_member", str(member.pk), verbosity=0)
    assert ClusterMemberPage.objects.filter(pk=member.pk).exists()


def test_erase_member_names_a_profile_that_does_not_exist(db):
    with pytest.raises(CommandError, match="No member profile has the id or slug “nobody”"):
        call_command("erase_member", "nobody", "--yes", verbosity=0)
