"""The site frame: the home page, standard pages and the site-wide settings and texts."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site, TranslatableMixin
from wagtail.search import index

from .blocks import BodyBlock
from .renditions import prefetch_body_renditions
from .routing import route_by_url_path
from .shared_cache import SharedSiteSetting, shared
from .structured_data import breadcrumb_list, organisation_node
from .time_zones import time_zone_choices, validate_time_zone, zone_named
from .tree import descendant_of
from .visibility import PageManager, restricted_paths

INTRO_FEATURES = ["bold", "italic", "link"]

# The renditions listings use (`{% srcset_image … fill-{480x270,960x540} format-webp %}` in
# templates): fetched with the images, so a list of N pictures costs one query for the
# renditions, not N. Every width in a listing's srcset must be here, or each one costs a query.
LISTING_IMAGE_SPEC = "fill-480x270|format-webp"
LISTING_IMAGE_SPECS = (LISTING_IMAGE_SPEC, "fill-960x540|format-webp")
# Open Graph and Twitter cards: 1.91:1, JPEG (not every network's crawler reads WebP).
SOCIAL_IMAGE_SPEC = "fill-1200x630|format-jpeg"


def prefetch_image(field, *specs):
    """A Prefetch of an image foreign key together with the given renditions."""
    images = get_image_model().objects.prefetch_renditions(*(specs or LISTING_IMAGE_SPECS))
    return Prefetch(field, queryset=images)


class BasePage(Page):
    """Fields and panels every Kartu content page shares: an intro and a block body."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "Shown under the title and in listings and search results. One or two sentences."
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("locale"),
    ]

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    objects = PageManager()  # `public()` from the shared cache: see home/visibility.py

    class Meta:
        abstract = True

    # Open Graph type: "article" for dated posts, "website" for everything else.
    social_type = "website"
    # Image fields shown when the page is shared, first one set wins (the member photo too).
    social_image_fields = ("lead_image", "photo")

    def get_structured_data(self, request, context):
        """The schema.org nodes describing this page (see home/structured_data.py): the
        breadcrumb trail below a language's home page. Page types add their own nodes."""
        return [breadcrumb_list(self, request)]

    def get_context(self, request, *args, **kwargs):
        prefetch_body_renditions(self.body)
        return super().get_context(request, *args, **kwargs)

    def get_meta_description(self):
        return self.search_description or self.intro

    def get_view_restrictions(self):
        """Wagtail asks before serving every page; while no section of the site is restricted
        (the shared cache knows), the answer needs no query."""
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_social_image(self):
        for name in self.social_image_fields:
            image = getattr(self, name, None)
            if image is not None:
                return image
        return None


class HomePage(BasePage):
    """The root of one language's site: introduction and entry points to news, projects and
    clusters. Communications staff edit it; one exists per locale on each site (the site's
    root page and its translations)."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "projects.ProjectIndexPage",
        "clusters.ClusterIndexPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        """The body's first picture, shown beside its text on wide screens. The sections below
        it (news, projects, members, clusters, funders) come from the owning apps' template
        tags, loaded in `home/home_page.html`: `home` imports no app of ours."""
        context = super().get_context(request, *args, **kwargs)
        context["feature_image"] = next(
            (block for block in self.body if block.block_type == "image"), None
        )
        return context

    def get_structured_data(self, request, context):
        """The site owner, described once on each language's home page."""
        return [
            SiteSettings.organisation_for_request(request),
            *super().get_structured_data(request, context),
        ]

    def route(self, request, path_components):
        """Two queries for any page below this one, instead of two per level: see
        home/routing.py."""
        if len(path_components) > 1:
            result = route_by_url_path(self, request, path_components)
            if result is not None:
                return result
        return super().route(request, path_components)

    def get_index_page(self, model):
        """This home page's live child of type `model` (the news, project or cluster index),
        or None. From the shared frame cache, however many sections ask."""
        children = shared(
            None, f"index_pages:{self.pk}", lambda: list(self.get_children().live().public())
        )
        return next((child for child in children if child.specific_class is model), None)

    def live_descendants(self, model):
        """Live, public pages of type `model` in this language's tree (no aliases)."""
        return descendant_of(model.objects, self).live().public().filter(alias_of__isnull=True)

    def clean(self):
        """One home page per language on each site: a site's home pages are its root and the
        root's translations. Another organisation's site has home pages of its own."""
        super().clean()
        others = HomePage.objects.filter(
            locale_id=self.locale_id, translation_key=self.translation_key
        ).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(
                {"title": _("This language already has a home page; each language has one.")}
            )


class StandardPage(BasePage):
    """A plain content page: about, contacts, the accessibility statement, the privacy notice."""

    # Wagtail matches parent types exactly, so the network's home (network/, a HomePage
    # subclass) is named too: its site needs an accessibility statement and a privacy notice.
    parent_page_types = ["home.HomePage", "home.StandardPage", "network.NetworkHomePage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class FooterText(TranslatableMixin, models.Model):
    """The translatable texts of the footer's contact block (one per language).

    Site managers edit it under Snippets; translators translate it like any snippet.
    """

    organisation_name = models.CharField(
        _("organisation name"), max_length=200, help_text=_("Who runs this site, as in the footer.")
    )
    address = models.TextField(
        _("address"), blank=True, help_text=_("Postal address, one line each.")
    )
    office_hours = models.TextField(
        _("office hours"),
        blank=True,
        help_text=_("e.g. “Mon, Tue 9:00–12:00; Wed, Thu 15:00–17:00”."),
    )

    panels = [FieldPanel("organisation_name"), FieldPanel("address"), FieldPanel("office_hours")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return self.organisation_name


@register_setting(icon="site")
class SiteSettings(SharedSiteSetting, BaseSiteSetting):
    """Contacts, social links and legal pages of one site (Settings menu).

    Text lives in FooterText so that it can be translated; these values are shared by every
    language.
    """

    footer_text = models.ForeignKey(
        FooterText,
        verbose_name=_("footer text"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Name, address and office hours shown in the footer, in each language."),
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    instagram_url = models.URLField(_("Instagram profile"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Linked from the footer of every page, in the visitor's language where translated, "
            "as the Web Accessibility Directive requires."
        ),
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer of every page, in the visitor's language."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_(
            "Event times are shown on the site and sent to calendars in this time zone, e.g. "
            "Europe/Riga for a Latvian organisation."
        ),
    )
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("footer_text"),
                    MultiFieldPanel(
                        [FieldPanel("email"), FieldPanel("phone")], heading=_("Contact")
                    ),
                    MultiFieldPanel(
                        [FieldPanel("accessibility_statement"), FieldPanel("privacy_notice")],
                        heading=_("Legal pages"),
                    ),
                    FieldPanel("time_zone", widget=forms.Select(choices=time_zone_choices)),
                ],
                heading=_("Contact"),
            ),
            ObjectList(
                [
                    FieldPanel("facebook_url"),
                    FieldPanel("instagram_url"),
                    FieldPanel("youtube_url"),
                ],
                heading=_("Social links"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def organisation_for_request(cls, request):
        """The site owner as a schema.org Organization (None for an unknown host or a site
        without a name): the name from the footer text in the active language."""
        site = Site.find_for_request(request)
        if site is None:
            return None
        site_settings = cls.for_request(request)
        footer_text = site_settings.localized_footer_text(request)
        name = (footer_text.organisation_name if footer_text else "") or site.site_name
        return organisation_node(name, request, site_settings, footer_text)

    def localized_footer_text(self, request):
        """The footer text in the active language (its source where untranslated), or None."""
        if not self.footer_text_id:
            return None
        return shared(
            request,
            f"footer_text:{self.footer_text_id}:{get_language()}",
            lambda: self.footer_text.localized,
        )

    @property
    def zone(self):
        """The site's time zone as a ZoneInfo (the install's TIME_ZONE unless chosen)."""
        return zone_named(self.time_zone)

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]
