"""The data that ties a translators' group to the locale it translates (its own module, so that
the features the app's models registers can read it without an import circle)."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale


class TranslatorGroup(models.Model):
    """A group of translators and the locale they work in.

    `setup_roles` creates one per configured language (named "Translators – <language>" when it
    first makes the group) and keeps it in step. A member of such a group may add and change
    translatable snippets in that locale only (`translations.policy`); their page rights sit on
    the locale's home page. The link, not the group's name, says which locale that is: renaming
    the group in Settings → Groups changes nothing a translator may do. Site managers do not edit
    it by hand.
    """

    group = models.OneToOneField(
        Group,
        on_delete=models.CASCADE,
        related_name="translator_group",
        verbose_name=_("group"),
    )
    locale = models.ForeignKey(
        Locale,
        on_delete=models.CASCADE,
        related_name="translator_groups",
        verbose_name=_("locale"),
    )

    class Meta:
        verbose_name = _("translators' group")
        verbose_name_plural = _("translators' groups")

    def __str__(self):
        return f"{self.group.name} ({self.locale.language_code})"
