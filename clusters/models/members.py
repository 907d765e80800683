"""Member profiles: the craftspeople and small producers of a cluster."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from clusters.blocks import ProductBlock, WorkshopBlock
from clusters.structured_data import cluster_member
from home.blocks import ImageBlock
from home.countries import COUNTRY_CHOICES
from home.i18n import localize_all, localized
from home.models import BasePage, prefetch_image
from home.renditions import (
    GALLERY_ITEM_SPECS,
    PRODUCT_IMAGE_SPECS,
    block_images,
    prefetch_block_renditions,
)

from . import contact
from .consent_panel import ConsentStatusPanel
from .consents import ConsentedPublishAction, ConsentScope
from .taxonomy import CraftSector, Region


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


class ClusterMemberPage(RoutablePageMixin, BasePage):
    """A craftsperson's or small producer's public profile in the member directory.

    Often a natural person: published only while a recorded consent covers what it shows
    (clusters.models.consents). Visitors write to the member through its enquiry form, an
    address of its own below the profile (`contact/`, clusters.models.contact).
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
                [ConsentStatusPanel(heading=_("Consent to publication"))]
                + BasePage.content_panels[:2]
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

    @property
    def is_person(self):
        return self.member_type == MemberType.PERSON

    @property
    def takes_enquiries(self):
        """Whether visitors may write to the member through the site (to its email address,
        which the enquiry form never shows)."""
        return bool(self.email) and self.open_to_cooperation

    def consent_scopes_needed(self):
        """What a consent must cover for this profile, as it stands, to be published."""
        scopes = [ConsentScope.PROFILE]
        product_images = block_images(self.products)
        if self.photo_id or self.gallery or product_images:
            scopes.append(ConsentScope.PHOTOS)
        if self.phone or self.email or self.website or self.social_url:
            scopes.append(ConsentScope.CONTACT)
        return scopes

    def publish(
        self,
        revision,
        user=None,
        changed=True,
        log_action=True,
        previous_revision=None,
        skip_permission_checks=False,
    ):
        """Wagtail's publish, refused without a current consent (clusters.models.consents)."""
        return ConsentedPublishAction(
            revision,
            user=user,
            changed=changed,
            log_action=log_action,
            previous_revision=previous_revision,
        ).execute(skip_permission_checks=skip_permission_checks)

    @path("contact/", name="enquiry")
    def enquiry(self, request):
        return contact.enquiry_form(self, request)

    @path("contact/sent/", name="enquiry_sent")
    def enquiry_sent(self, request):
        return contact.enquiry_sent(self, request)

    def subpage_url(self, name, request=None):
        """The address of one of the profile's own routes (`enquiry`, `enquiry_sent`)."""
        return self.get_url(request).rstrip("/") + "/" + self.reverse_subpage(name)

    def get_structured_data(self, request, context):
        """A Person or LocalBusiness, member of its cluster; no e-mail or phone."""
        return [
            cluster_member(self, request, context),
            *super().get_structured_data(request, context),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sectors"] = localize_all(self.craft_sectors.all())
        context["region"] = localized(self.region)
        context["cluster"] = self.get_parent().specific
        context["enquiry_url"] = (
            self.subpage_url("enquiry", request) if self.takes_enquiries else None
        )
        prefetch_block_renditions(
            (block_images(self.products), PRODUCT_IMAGE_SPECS),
            (block_images(self.gallery), GALLERY_ITEM_SPECS),
        )
        return context
