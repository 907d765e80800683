"""Craft sectors and regions: the translatable vocabularies the member directory filters by."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.models import TranslatableMixin
from wagtail.search import index

from home.countries import COUNTRY_CHOICES


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
