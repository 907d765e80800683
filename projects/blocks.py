"""Blocks of the funding domain: the funders a site lists."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class FundersBlock(blocks.StreamBlock):
    """The funders whose logos the footer and the home page show, in the editor's order.

    Each names a programme or an organisation, so its name, website and logo are kept (and
    translated) in one place.
    """

    programme = SnippetChooserBlock(
        "projects.FundingProgramme", label=_("Funding programme"), icon="pick"
    )
    organisation = SnippetChooserBlock(
        "projects.Organisation", label=_("Organisation"), icon="group"
    )

    class Meta:
        label = _("Funders")
        max_num = 8
