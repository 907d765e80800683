"""The funding domain's reference data: programmes, organisations and funding disclaimers.

All three are translatable snippets that editors choose from on project pages and in blocks.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from home.countries import COUNTRY_CHOICES

BENEFICIARY_PLACEHOLDER = "{beneficiary}"


class Fund(models.TextChoices):
    ERDF = "erdf", _("European Regional Development Fund")
    ENI = "eni", _("European Neighbourhood Instrument")
    EAFRD = "eafrd", _("European Agricultural Fund for Rural Development")
    ESF_PLUS = "esf_plus", _("European Social Fund Plus")
    NATIONAL = "national", _("National or municipal funding")
    OTHER = "other", _("Other")


class Period(models.TextChoices):
    P2007 = "2007-2013", "2007–2013"
    P2014 = "2014-2020", "2014–2020"
    P2021 = "2021-2027", "2021–2027"
    OTHER = "other", _("Other or not applicable")


class FundingProgramme(TranslatableMixin, index.Indexed, models.Model):
    """A funding programme (e.g. Interreg V-A Lithuania–Poland). Site managers keep the list;
    project pages choose one, and its fund and disclaimer wording follow from it."""

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(
        _("short name"),
        max_length=120,
        blank=True,
        help_text=_("Shown in facts panels and filters, e.g. “Interreg V-A Lithuania–Poland”."),
    )
    period = models.CharField(_("period"), max_length=16, choices=Period.choices)
    fund = models.CharField(
        _("fund"),
        max_length=16,
        choices=Fund.choices,
        help_text=_(
            "The fund that co-finances the programme, shown with it in facts panels. Whether "
            "the EU emblem appears is set on each funding disclaimer."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    disclaimer_template = models.TextField(
        _("required disclaimer wording"),
        blank=True,
        help_text=_(
            "The programme's own disclaimer text. Write {beneficiary} where the responsible "
            "organisation's name goes; it is filled in for each project."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldRowPanel([FieldPanel("period"), FieldPanel("fund")]),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("disclaimer_template"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("funding programme")
        verbose_name_plural = _("funding programmes")
        ordering = ["name"]

    def __str__(self):
        return self.short_name or self.name


class OrganisationType(models.TextChoices):
    PUBLIC_BODY = "public_body", _("Public body")
    LAG = "lag", _("Local action group")
    NGO = "ngo", _("Non-governmental organisation")
    BUSINESS = "business", _("Business")
    EDUCATION = "education", _("Education or research")


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A partner organisation (municipality, LAG, NGO, business). Chosen as a project's lead
    partner or partner, and shown with its country wherever partners are listed."""

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=120, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    town = models.CharField(
        _("town"), max_length=120, blank=True, help_text=_("Where the organisation is based.")
    )
    organisation_type = models.CharField(_("type"), max_length=16, choices=OrganisationType.choices)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("town")]),
        FieldPanel("organisation_type"),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class EmblemStatement(models.TextChoices):
    # The values are the exact English wording; templates translate them into the page's
    # language, as Annex IX of Reg. 2021/1060 asks.
    CO_FUNDED = "co_funded", _("Co-funded by the European Union")
    FUNDED = "funded", _("Funded by the European Union")
    EUROPEAN_UNION = "european_union", _("European Union")


class FundingDisclaimer(TranslatableMixin, index.Indexed, models.Model):
    """The acknowledgement of a funder that a programme requires, with or without the EU emblem.

    Communications staff edit it once; translators translate it once; it appears on the
    project pages and news posts it applies to and wherever a body uses the disclaimer block.
    """

    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("For editors only, e.g. “Interreg LT–PL: Tauragė LAG”."),
    )
    programme = models.ForeignKey(
        FundingProgramme,
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="disclaimers",
        help_text=_("Leave empty for national or municipal support."),
    )
    beneficiary = models.ForeignKey(
        Organisation,
        verbose_name=_("responsible beneficiary"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Fills {beneficiary} in the programme's wording."),
    )
    statement = models.TextField(
        _("statement"),
        blank=True,
        help_text=_(
            "The disclaimer as visitors read it. Leave empty to use the programme's required "
            "wording with the beneficiary's name."
        ),
    )
    show_emblem = models.BooleanField(
        _("show the EU emblem"),
        default=True,
        help_text=_("Show the EU flag with the statement below beside it. Only for EU funding."),
    )
    emblem_statement = models.CharField(
        _("emblem statement"),
        max_length=20,
        choices=EmblemStatement.choices,
        default=EmblemStatement.CO_FUNDED,
        help_text=_("Written out beside the emblem, in the page's language."),
    )
    show_fund_name = models.BooleanField(
        _("name the fund"),
        default=False,
        help_text=_("Add the fund's name, as 2014–2020 ERDF and EAFRD rules ask."),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("programme"),
        FieldPanel("beneficiary"),
        FieldPanel("statement"),
        MultiFieldPanel(
            [
                FieldPanel("show_emblem"),
                FieldPanel("emblem_statement"),
                FieldPanel("show_fund_name"),
            ],
            heading=_("EU emblem"),
        ),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("statement"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("funding disclaimer")
        verbose_name_plural = _("funding disclaimers")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def text(self):
        """The statement, or the programme's wording with the beneficiary filled in."""
        if self.statement:
            return self.statement
        if self.programme and self.programme.disclaimer_template:
            name = self.beneficiary.name if self.beneficiary else ""
            return self.programme.disclaimer_template.replace(BENEFICIARY_PLACEHOLDER, name)
        return ""

    @property
    def fund_name(self):
        if self.show_fund_name and self.programme:
            return self.programme.get_fund_display()
        return ""
