"""A site's funding: the disclaimer it shows on landing and in every footer, and its funders."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from projects.blocks import FundersBlock

from .snippets import FundingDisclaimer


@register_setting(icon="pick")
class FundingSettings(BaseSiteSetting):
    """The funding disclaimer and funders' logos of one site (Settings → Funding).

    Site managers choose them once; the home page shows the disclaimer on landing, every other
    page in its footer, and both show the funders' logos.
    """

    default_disclaimer = models.ForeignKey(
        FundingDisclaimer,
        verbose_name=_("default funding disclaimer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the footer of every page, e.g. the organisation's LEADER support."),
    )
    funders = StreamField(
        FundersBlock(),
        blank=True,
        verbose_name=_("funders"),
        help_text=_(
            "Programmes and organisations whose logos appear in the footer and on the home page. "
            "Logos are shown no taller than the EU emblem, as the EU visibility rules require."
        ),
    )

    panels = [FieldPanel("default_disclaimer"), FieldPanel("funders")]

    class Meta:
        verbose_name = _("funding")
