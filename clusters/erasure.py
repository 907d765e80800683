"""Erasing a member on request (GDPR Art. 17): `manage.py erase_member`.

What goes: the profile in every language (translations and aliases, with their revisions,
comments, workflow states and redirects), the images it uses in any language or revision with
their renditions and files, its publication consents, the enquiries sent to it, the strings
wagtail-localize extracted from it, and the admin history entries that named any of these.
What stays: one page history entry that names no one — the profile's page id, the date, the
admin user given with `--user` and the system account that ran the command. An image that
something else also uses is kept and listed, for a person to decide.

Image files are deleted when the transaction commits, by a task (Wagtail's own file cleanup):
at once in dev and tests, by the worker in production.
"""

import getpass
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import ModelLogEntry, Page, PageLogEntry, ReferenceIndex
from wagtail.rich_text import extract_references_from_rich_text
from wagtail_localize.models import String, StringSegment

from .models import ClusterMemberPage, CooperationEnquiry, PublicationConsent
from .models.consents import profile_pages

ERASED_LOG_ACTION = "kartu.member.erase"


class MemberNotFound(Exception):
    pass


def find_member(identifier):
    """The member profile a page id or slug names; MemberNotFound says why there is none."""
    identifier = str(identifier).strip()
    if identifier.isdigit():
        members = ClusterMemberPage.objects.filter(pk=int(identifier))
    else:
        members = ClusterMemberPage.objects.filter(slug=identifier)
    keys = {}
    for member in members.order_by("pk"):  # a profile's first page names it
        keys.setdefault(member.translation_key, member)
    if not keys:
        raise MemberNotFound(f"No member profile has the id or slug “{identifier}”.")
    if len(keys) > 1:
        listed = ", ".join(f"{member.pk} ({member.url_path})" for member in keys.values())
        raise MemberNotFound(
            f"Several profiles have the slug “{identifier}”: {listed}. Give an id."
        )
    return next(iter(keys.values()))


def images_in(page):
    """Ids of the images `page` uses: image foreign keys, and images chosen in its
    StreamFields or embedded in its rich text."""
    found, references = set(), []
    for model_field in page._meta.get_fields():
        if isinstance(model_field, models.ForeignKey):
            if issubclass(model_field.related_model, AbstractImage):
                found.add(getattr(page, model_field.attname))
        elif isinstance(model_field, StreamField):
            value = getattr(page, model_field.name)
            references.extend(model_field.stream_block.extract_references(value))
        elif isinstance(model_field, RichTextField):
            value = getattr(page, model_field.name) or ""
            references.extend(extract_references_from_rich_text(value))
    found.update(pk for model, pk, *_paths in references if issubclass(model, AbstractImage))
    return {int(pk) for pk in found if pk}


@dataclass
class Erasure:
    member: ClusterMemberPage
    pages: list
    images: list = field(default_factory=list)  # used by this profile only: erased
    shared_images: list = field(default_factory=list)  # (image, what else uses it): kept
    consents: int = 0
    enquiries: int = 0


def plan(member):
    """What erasing `member` would delete, without deleting anything."""
    pages = list(profile_pages(member).specific())
    page_ids = {page.pk for page in pages}
    image_ids = set()
    for page in pages:
        image_ids |= images_in(page)
        for revision in page.revisions.all():
            image_ids |= images_in(revision.as_object())
    erasure = Erasure(member=member, pages=pages)
    for image in get_image_model().objects.filter(pk__in=image_ids).order_by("pk"):
        others = [
            str(source)
            for source, _references in ReferenceIndex.get_references_to(
                image
            ).group_by_source_object()
            if source is not None and not (isinstance(source, Page) and source.pk in page_ids)
        ]
        if others:
            erasure.shared_images.append((image, others))
        else:
            erasure.images.append(image)
    erasure.consents = PublicationConsent.objects.for_profile(member).count()
    erasure.enquiries = CooperationEnquiry.objects.filter(member__in=page_ids).count()
    return erasure


def forget_log_entries(model, ids):
    content_type = ContentType.objects.get_for_model(model)
    ModelLogEntry.objects.filter(
        content_type=content_type, object_id__in=[str(pk) for pk in ids]
    ).delete()


def system_account():
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return ""


@transaction.atomic
def erase(erasure, user=None):
    """Delete everything `erasure` lists; return the one log entry left behind."""
    member, page_ids = erasure.member, [page.pk for page in erasure.pages]
    consent_ids = list(PublicationConsent.objects.for_profile(member).values_list("pk", flat=True))
    enquiry_ids = list(
        CooperationEnquiry.objects.filter(member__in=page_ids).values_list("pk", flat=True)
    )
    string_ids = list(
        StringSegment.objects.filter(source__object_id=member.translation_key).values_list(
            "string_id", flat=True
        )
    )
    # Aliases first (profile_pages lists them last), then the translations: consents and
    # enquiries go with the pages they point to.
    for page in reversed(erasure.pages):
        existing = Page.objects.filter(pk=page.pk).first()
        if existing is not None:
            existing.specific.delete()
    # Strings only this profile used (wagtail-localize keeps shared ones).
    String.objects.filter(pk__in=string_ids, segments__isnull=True).delete()
    image_ids = [image.pk for image in erasure.images]
    for image in erasure.images:
        image.delete()
    PageLogEntry.objects.filter(page_id__in=page_ids).delete()
    forget_log_entries(PublicationConsent, consent_ids)
    forget_log_entries(CooperationEnquiry, enquiry_ids)
    forget_log_entries(get_image_model(), image_ids)
    # Wagtail writes a page's entries while the page exists (its `save()` checks the page); a
    # deleted page's history gets the one that says it was erased, written as a plain row.
    (entry,) = PageLogEntry.objects.bulk_create(
        [
            PageLogEntry(
                page_id=member.pk,
                content_type=ContentType.objects.get_for_model(ClusterMemberPage),
                label=f"#{member.pk}",
                action=ERASED_LOG_ACTION,
                data={
                    "pages": sorted(page_ids),
                    "images": len(image_ids),
                    "consents": len(consent_ids),
                    "enquiries": len(enquiry_ids),
                    "run_by": system_account(),
                },
                timestamp=timezone.now(),
                user=user,
                deleted=True,
            )
        ]
    )
    return entry
