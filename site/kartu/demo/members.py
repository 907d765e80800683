"""The Tauragė–Suwałki crafts cluster and its 24 members (content: data/members/cluster.yaml,
lithuania.yaml and poland.yaml), each published with a recorded consent; one more member whose
consent has not come back yet, left a draft (awaiting_consent.yaml); and two enquiries visitors
sent (enquiries.yaml). The directory is written in Lithuanian, as Tauragė LAG keeps it, and
translated into English and Latvian, and its Polish members into Polish."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from clusters.models import (
    ClusterMemberPage,
    ClusterPage,
    ConsentMethod,
    CooperationEnquiry,
    PublicationConsent,
)

from .blocks import image_value, stored, stream
from .pagetools import get_or_create_page
from .text import paragraphs, text

MEMBER_FILES = ("members/lithuania", "members/poland")


def build_cluster(content, index, projects, refs, images, tally):
    """The cluster page under the Lithuanian cluster index, and its members."""
    spec = content["members/cluster"]
    cluster = get_or_create_page(
        index,
        ClusterPage,
        text(spec["slug"], "lt"),
        tally,
        title=text(spec["title"], "lt"),
        intro=text(spec["intro"], "lt"),
        body=stream(spec["body"], "lt", refs, images),
        project=projects[spec["project"]],
    )
    looks = {
        sector["slug"]: sector["pictures"]
        for sector in content["snippets/craft_sectors"]["sectors"]
    }
    members = []
    for name in MEMBER_FILES:
        for member_spec in content[name]["members"]:
            member = build_member(
                cluster, member_spec, looks, spec["gallery_caption"], refs, images, tally
            )
            record_consent(member, spec["consent"], tally)
            if not member.live:  # new: published once its consent is recorded
                member.get_latest_revision().publish()
            members.append(member)
    awaiting = content["members/awaiting_consent"]["member"]
    build_member(cluster, awaiting, looks, spec["gallery_caption"], refs, images, tally)
    return cluster, members


def record_consent(member, consent, tally):
    """Profiles of people are published with their consent; the demo records one for each,
    covering the photos and contact details the demo's profiles show."""
    _consent, created = PublicationConsent.objects.get_or_create(
        member=member,
        defaults={
            "given_by": member.title,
            "given_at": consent["given_at"],
            "method": ConsentMethod(consent["method"]),
            "evidence": consent["evidence"],
            "covers_photos": True,
            "covers_contact_details": True,
        },
    )
    tally.record("publication consent", created)


def build_enquiries(content, members, tally):
    """The enquiries of enquiries.yaml, sent to the member's profile in the visitor's language
    (a translation made earlier in the run) and received some days before the run."""
    by_slug = {member.slug: member for member in members}
    for spec in content["members/enquiries"]["enquiries"]:
        member = by_slug[spec["member"]]
        locale = Locale.objects.get(language_code=spec["language"])
        page = member.get_translation_or_none(locale) or member
        received = timezone.now() - datetime.timedelta(days=spec["received_days_ago"])
        _enquiry, created = CooperationEnquiry.objects.get_or_create(
            member=page,
            email=spec["email"],
            defaults={
                "cluster_id": page.get_parent().pk,
                "name": spec["name"],
                "organisation": spec.get("organisation", ""),
                "message": spec["message"],
                "agreed_to_be_contacted": True,
                "language": spec["language"],
                "status": spec["status"],
                "received_at": received,
                "forwarded_at": received if spec["status"] != "new" else None,
            },
        )
        tally.record("cooperation enquiry", created)


def build_member(cluster, spec, looks, gallery_caption, refs, images, tally):
    look = looks[spec["sectors"][0]]
    name = text(spec["name"], "lt")
    photo = images.get(f"Member photo: {name}", name, look["palette"], look["motif"])
    gallery_picture = images.get(
        f"Member gallery: {name}",
        f"{name} · {text(spec['municipality'], 'en')}",
        look["palette"],
        "waves",
    )
    workshop = spec.get("workshop")
    return get_or_create_page(
        cluster,
        ClusterMemberPage,
        spec["slug"],
        tally,
        publish=False,  # published by build_cluster once the consent is recorded
        title=name,
        intro=text(spec["intro"], "lt"),
        member_type=spec["type"],
        region=refs["region"][spec["region"]],
        municipality=text(spec["municipality"], "lt"),
        country=spec["country"],
        description=paragraphs([spec["description"]], "lt"),
        photo=photo,
        products=[product_block(product) for product in spec["products"]],
        workshops=[workshop_block(workshop)] if workshop else [],
        gallery=[stored("image", image_value(gallery_picture, gallery_caption, "lt"))],
        languages_spoken=spec["languages"],
        phone=spec["phone"],
        email=spec["email"],
        website=spec.get("website", ""),
        open_to_cooperation=spec["open_to_cooperation"],
        craft_sectors=[refs["sector"][key] for key in spec["sectors"]],
    )


def product_block(product):
    return stored(
        "product",
        {
            "name": text(product["name"], "lt"),
            "description": text(product["description"], "lt"),
            "image": None,
            "price": text(product["price"], "lt"),
        },
    )


def workshop_block(workshop):
    return stored(
        "workshop",
        {
            "title": text(workshop["title"], "lt"),
            "description": text(workshop["description"], "lt"),
            "duration": text(workshop["duration"], "lt"),
            "group_size": text(workshop["group_size"], "lt"),
        },
    )
