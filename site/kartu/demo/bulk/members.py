"""Generated cluster members: craftspeople and small businesses from both sides of the
Lithuanian–Polish border, with craft sectors, region, photo, products and sometimes a workshop.
Each profile is published with a recorded consent, as the demo's are."""

import datetime
import uuid
from types import SimpleNamespace

from django.utils.text import slugify

from clusters.models import ClusterMemberPage, ConsentMethod, PublicationConsent

from ..news import BALTIC
from .tree import live_page
from .writer import image, mark, rich_text

# Regions of the demo's data (snippets/regions.yaml) by country, and phone prefixes.
REGIONS = {"LT": ["taurage"], "PL": ["punsk", "suwalki"]}
PHONES = {"LT": "+370 600 00 {n:03d}", "PL": "+48 500 000 {n:03d}"}
LANGUAGES = {"LT": ["lt"], "PL": ["pl", "lt"]}
CONSENT_EVIDENCE = "Pasirašyta sutikimo forma"
FIRST_YEAR = 2014


class Members:
    """Drafts member profiles and writes them out in each language."""

    kind = "cluster"
    model = ClusterMemberPage

    def __init__(self, writer, frame):
        self.writer, self.frame = writer, frame
        self.words = writer.words["members"]
        self.sectors = frame.refs["sector"]
        self.regions = frame.refs["region"]
        self.sectors_m2m = ClusterMemberPage.craft_sectors.through

    def draft(self):
        writer, rng, words = self.writer, self.writer.rng, self.words
        country = "LT" if rng.random() < 0.6 else "PL"
        region = rng.choice([key for key in REGIONS[country] if key in self.regions])
        person = rng.random() < 0.8
        name = self.person(country) if person else self.business(country)
        sectors = rng.sample(sorted(self.sectors), rng.randint(1, 2))
        products = rng.sample(words["products"][sectors[0]], rng.randint(1, 3))
        sector_name = self.sectors[sectors[0]].name
        published = writer.day(FIRST_YEAR)
        return SimpleNamespace(
            translation_key=uuid.uuid4(),
            title=name,
            member_type="person" if person else "business",
            published_at=datetime.datetime.combine(published, datetime.time(12), tzinfo=BALTIC),
            intro=f"{sector_name}: {', '.join(products).lower()}.",
            description=[
                writer.fill(pattern, name=name, years=rng.randint(3, 40))
                for pattern in rng.sample(words["descriptions"], 2)
            ],
            products=[(product, rng.choice(words["prices"])) for product in products],
            workshop=self.workshop() if rng.random() < 0.4 else None,
            country=country,
            region=self.regions[region],
            municipality=rng.choice(words["municipalities"][region]),
            sectors=[self.sectors[key] for key in sectors],
            picture=rng.choice(self.frame.pictures),
            languages=LANGUAGES[country] + rng.sample(["en", "ru", "de"], rng.randint(0, 2)),
            phone=PHONES[country].format(n=rng.randint(1, 999)),
            email=f"{slugify(name)}@example.org",
            open_to_cooperation=rng.random() < 0.7,
            consent_day=published,
        )

    def person(self, country):
        rng, names = self.writer.rng, self.words["names"][country]
        woman = rng.random() < 0.5
        surname = rng.choice(names["surnames"])[1 if woman else 0]
        return f"{rng.choice(names['women' if woman else 'men'])} {surname}"

    def business(self, country):
        rng, names = self.writer.rng, self.words["names"][country]
        return self.writer.fill(
            rng.choice(self.words["businesses"]),
            surname=rng.choice(names["surnames"])[0],
            word=rng.choice(self.words["words"]),
        )

    def workshop(self):
        rng, spec = self.writer.rng, self.words["workshop"]
        return {
            "title": self.writer.pick(spec["titles"]),
            "description": spec["description"],
            "duration": rng.choice(spec["durations"]),
            "group_size": rng.choice(spec["group_sizes"]),
        }

    def page(self, draft, locale):
        code, source = locale.language_code, self.frame.source.language_code

        def marked(text):
            return mark(text, code, source)

        products = [
            (
                "product",
                {
                    "name": marked(name),
                    "description": marked(self.words["product_description"]),
                    "image": None,
                    "price": marked(price),
                },
            )
            for name, price in draft.products
        ]
        workshops = (
            [("workshop", {key: marked(value) for key, value in draft.workshop.items()})]
            if draft.workshop
            else []
        )
        return live_page(
            ClusterMemberPage,
            draft.title,  # a person's or business's name reads the same in every language
            draft.published_at,
            translation_key=draft.translation_key,
            intro=marked(draft.intro),
            member_type=draft.member_type,
            region=self.frame.localized(draft.region, locale),
            municipality=draft.municipality,
            country=draft.country,
            description=rich_text(draft.description, code, source),
            photo=draft.picture,
            products=products,
            workshops=workshops,
            gallery=[("image", image(draft.picture, marked(draft.title)))],
            languages_spoken=draft.languages,
            phone=draft.phone,
            email=draft.email,
            open_to_cooperation=draft.open_to_cooperation,
        )

    def related(self, draft, page, locale):
        """Rows for the craft sectors (the source language's, as wagtail-localize leaves
        many-to-many fields; also set on `page` in memory, where the search index reads them)
        and, on the source profile, the publication consent."""
        page.craft_sectors = draft.sectors
        rows = [
            self.sectors_m2m(clustermemberpage_id=page.pk, craftsector_id=sector.pk)
            for sector in draft.sectors
        ]
        if locale == self.frame.source:
            rows.append(
                PublicationConsent(
                    member_id=page.pk,
                    given_by=draft.title,
                    given_at=draft.consent_day,
                    method=ConsentMethod.WRITTEN_FORM,
                    evidence=CONSENT_EVIDENCE,
                    covers_photos=True,
                    covers_contact_details=True,
                )
            )
        return rows
