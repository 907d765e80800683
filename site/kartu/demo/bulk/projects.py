"""Generated projects: a programme and its fund, a budget, dates from 2008 on, a lead partner
and partners from several countries, a contact person and an external link."""

import datetime
import uuid
from decimal import Decimal
from types import SimpleNamespace

from projects.models import ProjectContact, ProjectLink, ProjectPage, ProjectPartner
from projects.models.project import PartnerRole

from ..news import BALTIC
from .tree import live_page
from .writer import body, mark, rich_text

CENT = Decimal("0.01")
FIRST_YEAR = 2008
RATES = (75, 80, 85, 90)


class Projects:
    """Drafts projects and writes them out in each language."""

    kind = "projects"
    model = ProjectPage

    def __init__(self, writer, frame):
        self.writer, self.frame = writer, frame
        self.words = writer.words["projects"]
        self.programmes = list(frame.refs["programme"].items())
        self.organisations = list(frame.refs["organisation"].values())
        # Projects run from 2008 to planned ones starting in the next two years.
        self.last_day = datetime.date(datetime.date.today().year + 2, 12, 31)

    def draft(self):
        writer, rng = self.writer, self.writer.rng
        key, programme = rng.choice(self.programmes)
        start = writer.day(FIRST_YEAR, self.last_day)
        budget = Decimal(rng.randint(40_000_00, 2_500_000_00)) * CENT
        rate = rng.choice(RATES)
        given = rng.random() < 0.8  # else the contract gives only a maximum rate
        partners = rng.sample(self.organisations, rng.randint(2, 5))
        number = rng.randint(1, 999)
        return SimpleNamespace(
            translation_key=uuid.uuid4(),
            contact_key=uuid.uuid4(),
            link_key=uuid.uuid4(),
            title=writer.pick(self.words["titles"]),
            acronym=rng.choice(self.words["acronyms"]),
            project_number=self.words["numbers"][key].format(n=number, year=start.year),
            programme=programme,
            priority=rng.choice(self.words["priorities"]),
            total_budget=budget,
            eu_contribution=(budget * rate / 100).quantize(CENT) if given else None,
            maximum_rate=None if given else Decimal(rate),
            start_date=start,
            end_date=start + datetime.timedelta(days=30 * rng.randint(6, 36)),
            intro=writer.pick(writer.words["intro_sentences"]),
            aims=writer.sentences(self.words["aims"], 2, 3),
            results=writer.sentences(self.words["results"], 1, 2),
            body=writer.article(quote_chance=0),
            picture=rng.choice(self.frame.pictures),
            partners=partners,
            roles=[PartnerRole.LEAD]
            + [
                rng.choice([PartnerRole.PARTNER, PartnerRole.PARTNER, PartnerRole.ASSOCIATED])
                for _ in partners[1:]
            ],
            contact_role=rng.choice(self.words["contact_roles"]),
            contact_name=self.person(),
            link_title=rng.choice(self.words["link_titles"]),
            link_url=f"https://keep.eu/projects/{rng.randint(1000, 30000)}/",
        )

    def person(self):
        rng, names = self.writer.rng, self.writer.words["members"]["names"]["LT"]
        woman = rng.random() < 0.5
        surname = rng.choice(names["surnames"])[1 if woman else 0]
        return f"{rng.choice(names['women' if woman else 'men'])} {surname}"

    def page(self, draft, locale):
        code, source = locale.language_code, self.frame.source.language_code
        return live_page(
            ProjectPage,
            mark(draft.title, code, source),
            datetime.datetime.combine(draft.start_date, datetime.time(9), tzinfo=BALTIC),
            translation_key=draft.translation_key,
            acronym=draft.acronym,
            project_number=draft.project_number,
            programme=self.frame.localized(draft.programme, locale),
            priority=mark(draft.priority, code, source),
            total_budget=draft.total_budget,
            eu_contribution=draft.eu_contribution,
            maximum_rate=draft.maximum_rate,
            start_date=draft.start_date,
            end_date=draft.end_date,
            intro=mark(draft.intro, code, source),
            aims=rich_text(draft.aims, code, source),
            results=rich_text(draft.results, code, source),
            body=body(draft.body, code, source, draft.picture),
        )

    def related(self, draft, page, locale):
        """Rows for partners, the contact person and the link, also set on `page` in memory,
        where the search and reference indexes read them."""
        code, source = locale.language_code, self.frame.source.language_code
        lead = self.frame.localized(draft.partners[0], locale)
        partners = [
            ProjectPartner(
                page_id=page.pk,
                organisation=self.frame.localized(organisation, locale),
                role=role,
                sort_order=order,
            )
            for order, (organisation, role) in enumerate(
                zip(draft.partners, draft.roles, strict=True)
            )
        ]
        contact = ProjectContact(
            page_id=page.pk,
            locale=locale,
            translation_key=draft.contact_key,
            sort_order=0,
            name=draft.contact_name,
            role=mark(draft.contact_role, code, source),
            organisation=lead.name,
            email="projektai@example.org",
            phone="+370 000 00 000",
        )
        link = ProjectLink(
            page_id=page.pk,
            locale=locale,
            translation_key=draft.link_key,
            sort_order=0,
            title=mark(draft.link_title, code, source),
            url=draft.link_url,
        )
        page.partners, page.contacts, page.links = partners, [contact], [link]
        return [*partners, contact, link]
