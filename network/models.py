"""The network home page: the root of a network's own site, listing its member organisations."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from home.models import HomePage

from .members import network_members


class NetworkHomePage(HomePage):
    """The home page of a network of organisations (one per language, the root of the network's
    own site): its introduction and body, then every member organisation's site — the other
    Sites of the install — with their latest news posts and projects in the visitor's
    language, each linking to the page on the site that owns it. Network administrators edit
    it; translators translate it like any page.

    A home page too (a subclass), so the site frame — languages, footer, navigation — works on
    the network's site unchanged; its own template shows the members instead of sections.
    """

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage"]  # about, the accessibility statement, privacy notice

    items_per_member = models.PositiveSmallIntegerField(
        _("posts and projects per member"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_(
            "How many of each member's latest news posts, and of its projects, are listed "
            "under its name. From 1 to 10."
        ),
    )

    content_panels = HomePage.content_panels + [FieldPanel("items_per_member")]

    class Meta:
        verbose_name = _("network home page")
        verbose_name_plural = _("network home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["members"] = network_members(self, self.items_per_member)
        return context
