"""The Tauragė–Suwałki crafts cluster and its 24 members (12 Lithuanian, 12 Polish).

The members are fictional; their contacts use example.org addresses and phone numbers made of
zeros. The directory is written in Lithuanian, as Tauragė LAG keeps it, and translated into
English and Latvian.
"""

import datetime

from clusters.models import ClusterMemberPage, ClusterPage, PublicationConsent

from . import blocks as b
from .member_phrases import AT_WORK, BUSINESS
from .members_lithuania import MEMBERS_LITHUANIA
from .members_poland import MEMBERS_POLAND
from .pagetools import get_or_create_page, rich
from .snippets import org_name
from .text import T, same

SECTOR_LOOK = {
    "metalwork": ("birch", "diamonds"),
    "textiles": ("linen", "stripes"),
    "woodwork": ("rye", "waves"),
    "ceramics": ("clay", "circles"),
    "glass": ("sea", "diamonds"),
    "food": ("amber", "circles"),
}

MEMBERS = MEMBERS_LITHUANIA + MEMBERS_POLAND

CLUSTER = {
    "slug": T(
        lt="taurages-suvalku-amatu-klasteris",
        lv="taurages-suvalku-amatnieku-klasteris",
        en="taurage-suwalki-crafts-cluster",
    ),
    "title": T(
        lt="Tauragės ir Suvalkų amatų klasteris",
        lv="Tauraģes un Suvalku amatnieku klasteris",
        en="Tauragė–Suwałki Crafts Cluster",
    ),
    "intro": T(
        lt="24 amatininkai ir smulkieji gamintojai iš Tauragės rajono ir Suvalkų krašto, kurie "
        "kartu kuria produktus, rengia edukacijas ir dalyvauja mugėse.",
        lv="24 amatnieki un mazie ražotāji no Tauraģes rajona un Suvalku apkaimes, kuri kopā "
        "veido produktus, rīko izglītojošas nodarbības un piedalās gadatirgos.",
        en="24 craftspeople and small producers from Tauragė district and the Suwałki area who "
        "develop products together, run workshops and take part in fairs.",
    ),
}


def cluster_body():
    return [
        b.paragraph(
            T(
                lt="Klasteris įkurtas 2014 m. įgyvendinant Tauragės rajono vietos veiklos grupės "
                "ir Punsko valsčiaus projektą. Jis jungia metalo, tekstilės, medžio, keramikos, "
                "stiklo ir tradicinio maisto meistrus.",
                lv="Klasteris izveidots 2014. gadā Tauraģes rajona vietējās rīcības grupas un "
                "Punskas pagasta projekta ietvaros. Tas apvieno metāla, tekstila, koka, "
                "keramikas, stikla un tradicionālās pārtikas meistarus.",
                en="The cluster was founded in 2014 in a project of Tauragė District Local Action "
                "Group and Puńsk Commune. It unites makers working in metal, textiles, wood, "
                "ceramics, glass and traditional food.",
            )
        ),
        b.heading(T(lt="Kaip prisijungti", lv="Kā pievienoties", en="How to join")),
        b.paragraph(
            T(
                lt="Naujų narių laukiame iš abiejų sienos pusių. Parašykite mums apie savo amatą, "
                "ir pakviesime jus į artimiausią klasterio susitikimą.",
                lv="Jaunus biedrus gaidām no abām robežas pusēm. Uzrakstiet mums par savu amatu, "
                "un mēs jūs uzaicināsim uz nākamo klastera tikšanos.",
                en="We welcome new members from both sides of the border. Write to us about your "
                "craft and we will invite you to the next cluster meeting.",
            )
        ),
        b.contact_person(
            T(
                lt="Tauragės VVG administracija",
                lv="Tauraģes VRG administrācija",
                en="Tauragė LAG office",
            ),
            T(lt="Klasterio koordinavimas", lv="Klastera koordinēšana", en="Cluster coordination"),
            org_name("taurage-lag"),
            "klasteris@example.org",
            same("+370 000 00 001"),
        ),
    ]


def build_cluster(index, project, refs, images, tally):
    """The cluster page under the Lithuanian cluster index, and its members."""
    cluster = get_or_create_page(
        index,
        ClusterPage,
        CLUSTER["slug"],
        "lt",
        tally,
        title=CLUSTER["title"],
        intro=CLUSTER["intro"],
        body=cluster_body(),
        project=project,
    )
    members = [
        build_member(cluster, number, spec, refs, images, tally)
        for number, spec in enumerate(MEMBERS, start=1)
    ]
    for member in members:
        record_consent(member, tally)
    return cluster, members


def record_consent(member, tally):
    """Profiles of people are published with their consent; the demo records one for each."""
    _consent, created = PublicationConsent.objects.get_or_create(
        member=member,
        defaults={
            "given_by": member.title,
            "given_at": datetime.date(2014, 10, 8),
            "method": "Pasirašyta sutikimo forma klasterio susitikime Tauragėje",
        },
    )
    tally.record("publication consent", created)


def build_member(cluster, number, spec, refs, images, tally):
    (
        slug,
        name,
        member_type,
        sectors,
        region,
        municipality,
        country,
        intro,
        description,
        products,
        workshop,
        languages,
        open_to_cooperation,
    ) = spec
    palette, motif = SECTOR_LOOK[sectors[0]]
    local_name = name["lt"]
    photo = images.get(f"Member photo: {local_name}", local_name, palette, motif)
    gallery_picture = images.get(
        f"Member gallery: {local_name}", f"{local_name} · {municipality['en']}", palette, "waves"
    )
    prefix = "+370 000 00" if country == "LT" else "+48 000 000"
    return get_or_create_page(
        cluster,
        ClusterMemberPage,
        same(slug),
        "lt",
        tally,
        title=name,
        intro=intro,
        member_type=member_type,
        region=refs["region"][region],
        municipality=municipality,
        country=country,
        description=rich(description),
        photo=photo,
        products=[product_block(*product) for product in products],
        workshops=[workshop_block(*workshop)] if workshop else [],
        gallery=[gallery_block(gallery_picture)],
        languages_spoken=languages,
        phone=same(f"{prefix} {100 + number}"),
        email=f"{slug}@example.org",
        website=f"https://{slug}.example.org/" if member_type == BUSINESS else "",
        open_to_cooperation=open_to_cooperation,
        craft_sectors=[refs["sector"][key] for key in sectors],
    )


def product_block(name, description, price):
    return lambda code: {
        "type": "product",
        "value": {
            "name": name[code],
            "description": description[code],
            "image": None,
            "price": price[code],
        },
    }


def workshop_block(title, description, duration, group_size):
    return lambda code: {
        "type": "workshop",
        "value": {
            "title": title[code],
            "description": description[code],
            "duration": duration[code],
            "group_size": group_size[code],
        },
    }


def gallery_block(picture):
    return lambda code: {"type": "image", "value": b.image_value(picture, AT_WORK, code)}
