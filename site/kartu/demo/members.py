"""The Tauragė–Suwałki crafts cluster and its 24 members (content: data/members/cluster.yaml,
lithuania.yaml and poland.yaml). The directory is written in Lithuanian, as Tauragė LAG keeps
it, and translated into English and Latvian."""

from clusters.models import ClusterMemberPage, ClusterPage, PublicationConsent

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
    members = [
        build_member(cluster, member, looks, spec["gallery_caption"], refs, images, tally)
        for name in MEMBER_FILES
        for member in content[name]["members"]
    ]
    for member in members:
        record_consent(member, spec["consent"], tally)
    return cluster, members


def record_consent(member, consent, tally):
    """Profiles of people are published with their consent; the demo records one for each."""
    _consent, created = PublicationConsent.objects.get_or_create(
        member=member,
        defaults={
            "given_by": member.title,
            "given_at": consent["given_at"],
            "method": consent["method"],
        },
    )
    tally.record("publication consent", created)


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
