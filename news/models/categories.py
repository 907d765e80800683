"""News categories: the kinds of news visitors filter by (training, fair, webinar …)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)
from wagtail.models import TranslatableMixin
from wagtail.search import index


class NewsCategory(TranslatableMixin, index.Indexed, models.Model):
    """A kind of news (training, fair, webinar, project update). Site managers keep the list;
    editors tick categories on each post, and visitors filter the news by them."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=True,
        help_text=_("Used in the news filter's address, e.g. “trainings”."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]

    def __str__(self):
        return self.name
