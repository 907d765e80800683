"""Factories that build valid Kartu objects with no arguments; tests set only what they test."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from clusters.models import (
    ClusterIndexPage,
    ClusterMemberPage,
    ClusterPage,
    CooperationEnquiry,
    CraftSector,
    PublicationConsent,
    Region,
)
from home.models import FooterText, HomePage, StandardPage
from news.models import NewsCategory, NewsIndexPage, NewsPage, NewsPageProject
from projects.models import (
    FundingDisclaimer,
    FundingProgramme,
    Organisation,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
)
from projects.models.snippets import Fund, OrganisationType, Period


def default_locale():
    return Locale.get_default()


class TranslatableFactory(DjangoModelFactory):
    locale = factory.LazyFunction(default_locale)


class FundingProgrammeFactory(TranslatableFactory):
    class Meta:
        model = FundingProgramme

    name = factory.Sequence(lambda n: f"Interreg cooperation programme {n}")
    short_name = factory.Sequence(lambda n: f"Interreg {n}")
    period = Period.P2014
    fund = Fund.ERDF
    website = "https://programme.example.org/"
    disclaimer_template = (
        "This publication was produced with the financial assistance of the European Union. "
        "Its contents are the sole responsibility of {beneficiary}."
    )


class OrganisationFactory(TranslatableFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Partner organisation {n}")
    country = "LT"
    town = "Tauragė"
    organisation_type = OrganisationType.LAG


class FundingDisclaimerFactory(TranslatableFactory):
    class Meta:
        model = FundingDisclaimer

    title = factory.Sequence(lambda n: f"Disclaimer {n}")
    programme = factory.SubFactory(FundingProgrammeFactory)
    statement = "The project is co-financed by the European Regional Development Fund."


class NewsCategoryFactory(TranslatableFactory):
    class Meta:
        model = NewsCategory

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")


class CraftSectorFactory(TranslatableFactory):
    class Meta:
        model = CraftSector

    name = factory.Sequence(lambda n: f"Craft {n}")
    slug = factory.Sequence(lambda n: f"craft-{n}")


class RegionFactory(TranslatableFactory):
    class Meta:
        model = Region

    name = factory.Sequence(lambda n: f"Region {n}")
    country = "LT"


class FooterTextFactory(TranslatableFactory):
    class Meta:
        model = FooterText

    organisation_name = "Tauragės rajono vietos veiklos grupė"
    address = "Dariaus ir Girėno g. 1, Tauragė"
    office_hours = "I–V 8:00–17:00"


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Kartu"
    slug = factory.Sequence(lambda n: f"home-{n}")
    intro = "Cooperation projects of our region."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "About this site."


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"News post {n}")
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    intro = "What happened at the training."


class NewsPageProjectFactory(DjangoModelFactory):
    class Meta:
        model = NewsPageProject

    page = factory.SubFactory(NewsPageFactory)


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProjectIndexPage

    title = "Projects"
    slug = "projects"


class ProjectPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProjectPage

    title = factory.Sequence(lambda n: f"Cooperation project {n}")
    acronym = factory.Sequence(lambda n: f"PRJ{n}")
    project_number = factory.Sequence(lambda n: f"LV-RU-{n:03d}")
    programme = factory.SubFactory(FundingProgrammeFactory)
    total_budget = Decimal("799740.50")
    eu_contribution = Decimal("719766.45")
    start_date = datetime.date(2018, 7, 1)
    end_date = datetime.date(2020, 6, 30)
    aims = "<p>To develop crafts across the border.</p>"


class ProjectPartnerFactory(DjangoModelFactory):
    class Meta:
        model = ProjectPartner

    organisation = factory.SubFactory(OrganisationFactory)
    role = "partner"


class ClusterIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ClusterIndexPage

    title = "Clusters"
    slug = "clusters"


class ClusterPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ClusterPage

    title = factory.Sequence(lambda n: f"Craft cluster {n}")


class PublicationConsentFactory(DjangoModelFactory):
    """A current consent covering everything a profile may show."""

    class Meta:
        model = PublicationConsent

    given_by = factory.LazyAttribute(lambda consent: consent.member.title)
    given_at = datetime.date(2024, 3, 1)
    evidence = "Signed form, consents folder 2024"
    covers_photos = True
    covers_contact_details = True


class ClusterMemberPageFactory(wagtail_factories.PageFactory):
    """A published profile with a current consent covering it; `consent=None` leaves it
    without one."""

    class Meta:
        model = ClusterMemberPage
        skip_postgeneration_save = True  # craft_sectors publishes a revision itself

    title = factory.Sequence(lambda n: f"Craftsperson {n}")
    country = "LT"
    description = "<p>Weaves linen towels with traditional patterns.</p>"
    languages_spoken = ["lt", "pl"]
    # Before craft_sectors, which publishes: a profile is published only with its consent.
    consent = factory.RelatedFactory(PublicationConsentFactory, factory_related_name="member")

    @factory.post_generation
    def craft_sectors(self, create, extracted, **kwargs):
        if create and extracted:
            self.craft_sectors.set(extracted)
            self.save_revision().publish()


class CooperationEnquiryFactory(DjangoModelFactory):
    """An enquiry to `member` (required: a profile in a cluster)."""

    class Meta:
        model = CooperationEnquiry

    cluster = factory.LazyAttribute(
        lambda enquiry: ClusterPage.objects.filter(pk=enquiry.member.get_parent().pk).first()
    )
    name = "Ieva Kalniņa"
    email = factory.Sequence(lambda n: f"visitor{n}@example.org")
    organisation = "Rokdarbu skola"
    message = "Could you run a weaving workshop for two groups in Jelgava this autumn?"
    agreed_to_be_contacted = True
    language = "lt"
