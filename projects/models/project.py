"""Project pages: the funding facts of one cooperation project, its partners and contacts."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.i18n import localize_all, localized
from home.models import BasePage
from projects.structured_data import project_node

from .snippets import FundingDisclaimer

MONEY = {"max_digits": 12, "decimal_places": 2}


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class ProjectPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        partners = self.formsets.get("partners")
        if partners is not None and partners.is_valid():
            leads = [
                form
                for form in partners.forms
                if form.cleaned_data
                and not form.cleaned_data.get("DELETE")
                and form.cleaned_data.get("role") == PartnerRole.LEAD
            ]
            if len(leads) > 1:
                self.add_error(
                    None, _("A project has one lead partner; mark the others as partners.")
                )
        return cleaned_data


class ProjectPage(BasePage):
    """One EU-funded cooperation project: its funding facts, partners, aims and results.

    Communications staff keep it current; EU rules ask that it stays online after the project
    closes. Its programme's disclaimer and emblem are shown automatically.
    """

    acronym = models.CharField(
        _("acronym"), max_length=40, blank=True, help_text=_("e.g. “Crafts”.")
    )
    featured = models.BooleanField(
        _("feature on the home page"),
        default=False,
        help_text=_(
            "Featured projects come first among the home page's projects; the most recent "
            "ones fill the remaining places."
        ),
    )
    project_number = models.CharField(
        _("project number"),
        max_length=60,
        blank=True,
        help_text=_("As in the subsidy contract, e.g. “LV-RU-018”."),
    )
    programme = models.ForeignKey(
        "projects.FundingProgramme",
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        related_name="projects",
    )
    priority = models.CharField(
        _("priority or specific objective"),
        max_length=255,
        blank=True,
        help_text=_("The programme priority the project serves, as in the contract."),
    )
    total_budget = models.DecimalField(
        _("total budget (EUR)"), **MONEY, validators=[MinValueValidator(Decimal("0"))]
    )
    eu_contribution = models.DecimalField(
        _("EU contribution (EUR)"),
        **MONEY,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_(
            "The programme's co-financing in euros. Leave empty if only a maximum rate is known."
        ),
    )
    maximum_rate = models.DecimalField(
        _("maximum co-financing rate (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_(
            "Only when the contract gives a ceiling (e.g. “up to 85 %”) rather than an amount."
        ),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    aims = RichTextField(
        _("aims"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("What the project sets out to do. EU rules require it on the project page."),
    )
    results = RichTextField(
        _("results"),
        features=["bold", "italic", "link", "ol", "ul"],
        blank=True,
        help_text=_("What the project achieved (or expects to). Update it when the project ends."),
    )
    funding_disclaimer = models.ForeignKey(
        "projects.FundingDisclaimer",
        verbose_name=_("funding disclaimer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to show the programme's disclaimer."),
    )

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []
    base_form_class = ProjectPageForm
    # The contract's number is the same in every language: synchronised, never translated.
    override_translatable_fields = [SynchronizedField("project_number")]

    search_fields = BasePage.search_fields + [
        index.SearchField("acronym", boost=3),
        index.SearchField("project_number", boost=3),
        index.AutocompleteField("acronym"),
        index.SearchField("priority"),
        index.SearchField("aims"),
        index.SearchField("results"),
        index.RelatedFields(
            "programme", [index.SearchField("name"), index.SearchField("short_name")]
        ),
        index.RelatedFields(
            "partners",
            [
                index.RelatedFields(
                    "organisation", [index.SearchField("name"), index.SearchField("short_name")]
                )
            ],
        ),
        index.FilterField("programme"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]

    funding_panels = [
        FieldPanel("programme"),
        FieldRowPanel([FieldPanel("acronym"), FieldPanel("project_number")]),
        FieldPanel("priority"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("total_budget"), FieldPanel("eu_contribution")]),
                FieldPanel("maximum_rate"),
            ],
            heading=_("Budget"),
        ),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        FieldPanel("funding_disclaimer"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                BasePage.content_panels
                + [
                    FieldPanel("aims"),
                    FieldPanel("results"),
                    InlinePanel("contacts", label=_("Contact persons")),
                    InlinePanel("links", label=_("External links")),
                ],
                heading=_("Content"),
            ),
            ObjectList(funding_panels, heading=_("Funding")),
            ObjectList(
                [InlinePanel("partners", label=_("Partners"), min_num=1)], heading=_("Partners")
            ),
            ObjectList([*BasePage.promote_panels, FieldPanel("featured")], heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("project page")

    def clean(self):
        super().clean()
        errors = {}
        budget, contribution = self.total_budget, self.eu_contribution
        if budget is not None and contribution is not None and contribution > budget:
            errors["eu_contribution"] = _("The EU contribution cannot exceed the total budget.")
        if self.maximum_rate is not None and self.maximum_rate > 100:
            errors["maximum_rate"] = _("A co-financing rate cannot be over 100 %.")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        if errors:
            raise ValidationError(errors)

    @property
    def co_financing_rate(self):
        """The EU share of the budget in per cent (two decimals), or the contract's maximum."""
        if self.eu_contribution is not None and self.total_budget:
            rate = self.eu_contribution * 100 / self.total_budget
            return rate.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return self.maximum_rate

    @property
    def rate_is_maximum(self):
        return self.eu_contribution is None and self.maximum_rate is not None

    @property
    def duration_months(self):
        """Whole months from start to end, counting a started month as one."""
        start, end = self.start_date, self.end_date + datetime.timedelta(days=1)
        months = (end.year - start.year) * 12 + end.month - start.month
        return months + (1 if end.day > start.day else 0)

    def get_status(self, today=None):
        today = today or timezone.localdate()
        if today < self.start_date:
            return ProjectStatus.PLANNED
        if today > self.end_date:
            return ProjectStatus.COMPLETED
        return ProjectStatus.ONGOING

    @property
    def status(self):
        return self.get_status()

    def get_funding_disclaimer(self):
        """The disclaimer chosen for this project, else its programme's, in the active language."""
        disclaimer = self.funding_disclaimer
        if disclaimer is None:
            disclaimer = (
                FundingDisclaimer.objects.filter(programme_id=self.programme_id)
                .order_by("pk")
                .first()
            )
        if disclaimer is None:
            return None
        return localized(disclaimer)

    def get_partners(self):
        """Partners in the active language, the lead first, then by country and name."""
        partners = list(self.partners.select_related("organisation"))
        organisations = localize_all(partner.organisation for partner in partners)
        for partner, organisation in zip(partners, organisations, strict=True):
            partner.localized_organisation = organisation
        role_order = {PartnerRole.LEAD: 0, PartnerRole.PARTNER: 1, PartnerRole.ASSOCIATED: 2}
        return sorted(
            partners,
            key=lambda p: (
                role_order[p.role],
                p.localized_organisation.get_country_display(),
                p.sort_order,
            ),
        )

    def get_structured_data(self, request, context):
        """A schema.org Project: its partners as members and its EU funding as a grant."""
        return [
            project_node(self, request, context),
            *super().get_structured_data(request, context),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = self.get_partners()
        context["funding_disclaimer"] = self.get_funding_disclaimer()
        if context["funding_disclaimer"]:
            context["shown_disclaimer_keys"] = {context["funding_disclaimer"].translation_key}
        context["programme"] = localized(self.programme)
        return context


class PartnerRole(models.TextChoices):
    LEAD = "lead", _("Lead partner")
    PARTNER = "partner", _("Partner")
    ASSOCIATED = "associated", _("Associated partner")


class ProjectPartner(Orderable):
    """A partner organisation's place in one project."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "projects.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="project_roles",
    )
    role = models.CharField(
        _("role"), max_length=16, choices=PartnerRole.choices, default=PartnerRole.PARTNER
    )

    panels = [FieldRowPanel([FieldPanel("organisation"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")


class ProjectContact(TranslatableMixin, Orderable):
    """A contact person for one project: shown as a contact card on its page."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("e.g. “Project coordinator”.")
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("e.g. +371 6462 4300.")
    )

    # A person's name and phone number do not change with the language.
    override_translatable_fields = [SynchronizedField("name"), SynchronizedField("phone")]

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")


class ProjectLink(TranslatableMixin, Orderable):
    """An external link about the project, e.g. its keep.eu record or the programme's page."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"))

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("url")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("external link")
        verbose_name_plural = _("external links")
