"""Clusters and the public directory of their members: craftspeople and small producers."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import ImageBlock
from home.countries import COUNTRY_CHOICES
from home.i18n import localize_all
from home.models import BasePage, prefetch_image
from home.pagination import forgiving_page

CLUSTER_MEMBERS_PER_PAGE = 24


class CraftSector(TranslatableMixin, index.Indexed, models.Model):
    """A craft sector (metalwork, textiles, woodwork, ceramics, glass, food). Site managers keep
    the list; member profiles are tagged with sectors and the directory filters by them."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=True,
        help_text=_("Used in directory filter addresses."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("craft sector")
        verbose_name_plural = _("craft sectors")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Region(TranslatableMixin, index.Indexed, models.Model):
    """A region members come from (e.g. Tauragė district, Suwałki county)."""

    name = models.CharField(_("name"), max_length=120)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)

    panels = [FieldPanel("name"), FieldPanel("country")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ClusterIndexPage(BasePage):
    """Lists a language's clusters and the member directory of all their members."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["clusters.ClusterPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("cluster index page")

    def get_context(self, request, *args, **kwargs):
        from clusters.directory import get_directory

        context = super().get_context(request, *args, **kwargs)
        context["clusters"] = ClusterPage.objects.child_of(self).live().public().order_by("title")
        context.update(get_directory(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A filter value that names nothing: say so on the page, and tell robots it is missing.
        if getattr(response, "context_data", None) and response.context_data.get("filter_errors"):
            response.status_code = 404
        return response


class ClusterPage(BasePage):
    """One cluster (e.g. the Tauragė–Suwałki craft cluster) and its members."""

    project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The project that set up or supports this cluster."),
    )

    parent_page_types = ["clusters.ClusterIndexPage"]
    subpage_types = ["clusters.ClusterMemberPage"]
    content_panels = BasePage.content_panels + [FieldPanel("project")]

    class Meta:
        verbose_name = _("cluster page")

    def get_members(self):
        return ClusterMemberPage.for_cards(ClusterMemberPage.objects.child_of(self).live().public())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = forgiving_page(
            self.get_members().order_by("title", "pk"),
            CLUSTER_MEMBERS_PER_PAGE,
            request.GET.get("page"),
        )
        members.object_list = prepare_member_cards(list(members.object_list))
        context["members"] = members
        context["project"] = self.project.localized if self.project else None
        return context


def prepare_member_cards(members):
    """Give each member what its card (components/member_card.html) shows in the active
    language, `localized_sectors` and `localized_region`: one query each for the whole list."""
    sectors = [sector for member in members for sector in member.craft_sectors.all()]
    localized = dict(zip((s.pk for s in sectors), localize_all(sectors), strict=True))
    with_region = [member for member in members if member.region]
    regions = dict(
        zip(
            (member.pk for member in with_region),
            localize_all(member.region for member in with_region),
            strict=True,
        )
    )
    for member in members:
        member.localized_sectors = [localized[s.pk] for s in member.craft_sectors.all()]
        member.localized_region = regions.get(member.pk)
    return members


class ProductBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False, default="")
    image = ImageChooserBlock(required=False, label=_("Image"))
    price = blocks.CharBlock(
        label=_("Price"),
        required=False,
        default="",
        max_length=80,
        help_text=_("e.g. “from 25 €” or “on request”."),
    )

    class Meta:
        icon = "tag"
        label = _("Product or service")
        template = "components/blocks/product_block.html"


class WorkshopBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False, default="")
    duration = blocks.CharBlock(
        label=_("Duration"),
        required=False,
        default="",
        max_length=60,
        help_text=_("e.g. “3 hours”."),
    )
    group_size = blocks.CharBlock(
        label=_("Group size"),
        required=False,
        default="",
        max_length=60,
        help_text=_("e.g. “up to 12 people”."),
    )

    class Meta:
        icon = "group"
        label = _("Workshop or masterclass")
        template = "components/blocks/workshop_block.html"


class MemberType(models.TextChoices):
    PERSON = "person", _("Craftsperson")
    BUSINESS = "business", _("Business")


def language_choices():
    return [(code, name) for code, name in settings.ALL_LANGUAGES.items()]


class ClusterMemberPageForm(WagtailAdminPageForm):
    languages_spoken = forms.MultipleChoiceField(
        label=_("languages spoken"),
        choices=language_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Languages in which visitors can contact the member or join a workshop."),
    )


class ClusterMemberPage(BasePage):
    """A craftsperson's or small producer's public profile in the member directory.

    Often a natural person: publish only with recorded consent (Publication consents).
    """

    member_type = models.CharField(
        _("member type"), max_length=16, choices=MemberType.choices, default=MemberType.PERSON
    )
    craft_sectors = ParentalManyToManyField(
        CraftSector, verbose_name=_("craft sectors"), related_name="members"
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    municipality = models.CharField(_("municipality"), max_length=120, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRY_CHOICES)
    description = RichTextField(
        _("description"),
        features=["bold", "italic", "link", "ul"],
        blank=True,
        help_text=_("Who the member is and what they make."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait or a typical piece of work; shown in the directory."),
    )
    products = StreamField(
        [("product", ProductBlock())], blank=True, verbose_name=_("products and services")
    )
    workshops = StreamField(
        [("workshop", WorkshopBlock())], blank=True, verbose_name=_("workshops and masterclasses")
    )
    gallery = StreamField([("image", ImageBlock())], blank=True, verbose_name=_("photo gallery"))
    languages_spoken = models.JSONField(_("languages spoken"), default=list, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(
        _("email"), blank=True, help_text=_("Shown protected from address harvesters.")
    )
    website = models.URLField(_("website"), blank=True)
    social_url = models.URLField(_("social media page"), blank=True)
    open_to_cooperation = models.BooleanField(
        _("open to cooperation"),
        default=True,
        help_text=_("Shows that the member welcomes joint products and orders."),
    )

    parent_page_types = ["clusters.ClusterPage"]
    subpage_types = []
    base_form_class = ClusterMemberPageForm
    # Contact facts are the same in every language: synchronised from the source profile.
    override_translatable_fields = [SynchronizedField("phone")]

    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("products"),
        index.SearchField("workshops"),
        index.SearchField("municipality"),
        index.RelatedFields("craft_sectors", [index.SearchField("name")]),
        index.RelatedFields("region", [index.SearchField("name")]),
        index.FilterField("country"),
        index.FilterField("open_to_cooperation"),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                BasePage.content_panels[:2]
                + [
                    FieldPanel("member_type"),
                    FieldPanel("photo"),
                    FieldPanel("description"),
                    FieldPanel("craft_sectors", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("open_to_cooperation"),
                ],
                heading=_("Profile"),
            ),
            ObjectList(
                [
                    FieldPanel("products"),
                    FieldPanel("workshops"),
                    FieldPanel("gallery"),
                    FieldPanel("body"),
                ],
                heading=_("Products and workshops"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("region"),
                            FieldRowPanel([FieldPanel("municipality"), FieldPanel("country")]),
                        ],
                        heading=_("Location"),
                    ),
                    FieldPanel("languages_spoken"),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                    FieldRowPanel([FieldPanel("website"), FieldPanel("social_url")]),
                ],
                heading=_("Contact"),
            ),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("cluster member")
        verbose_name_plural = _("cluster members")

    @staticmethod
    def for_cards(members):
        """`members` with what member cards show fetched alongside: region, sectors, and the
        photo with the renditions listings use."""
        return members.select_related("region").prefetch_related(
            "craft_sectors", prefetch_image("photo")
        )

    @staticmethod
    def prepare_cards(members):
        return prepare_member_cards(members)

    @property
    def language_names(self):
        names = settings.ALL_LANGUAGES
        return [names[code] for code in self.languages_spoken if code in names]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sectors"] = localize_all(self.craft_sectors.all())
        context["region"] = self.region.localized if self.region else None
        context["cluster"] = self.get_parent().specific
        return context


class PublicationConsent(models.Model):
    """A member's consent to publish their profile: who gave it, when, and any withdrawal.

    An operational record for site managers (modeladmin), neither content nor translated.
    """

    member = models.ForeignKey(
        ClusterMemberPage,
        verbose_name=_("member profile"),
        on_delete=models.CASCADE,
        related_name="consents",
    )
    given_by = models.CharField(
        _("given by"), max_length=200, help_text=_("The person who consented.")
    )
    given_at = models.DateField(_("given on"))
    method = models.CharField(
        _("how"), max_length=200, blank=True, help_text=_("e.g. “signed form at the Tauragė fair”.")
    )
    withdrawn_at = models.DateField(
        _("withdrawn on"),
        null=True,
        blank=True,
        help_text=_("Unpublish the profile when consent is withdrawn."),
    )
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        verbose_name = _("publication consent")
        verbose_name_plural = _("publication consents")
        ordering = ["-given_at"]

    def __str__(self):
        return f"{self.member.title} ({self.given_at:%Y-%m-%d})"

    @property
    def is_active(self):
        return self.withdrawn_at is None
