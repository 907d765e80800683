"""The cluster index (all clusters and the member directory) and one cluster's page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
)

from clusters.models.directory import get_directory
from home.i18n import localized
from home.listing import FilteredListingMixin
from home.models import BasePage
from home.pagination import forgiving_page
from home.tree import child_of

from .members import ClusterMemberPage, prepare_member_cards

CLUSTER_MEMBERS_PER_PAGE = 24


class ClusterIndexPage(FilteredListingMixin, BasePage):
    """Lists a language's clusters and the member directory of all their members."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["clusters.ClusterPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("cluster index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["clusters"] = child_of(ClusterPage.objects, self).live().public().order_by("title")
        context.update(get_directory(self, request))
        return context


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
        return ClusterMemberPage.for_cards(
            child_of(ClusterMemberPage.objects, self).live().public()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["members"] = forgiving_page(
            self.get_members().order_by("title", "pk"),
            CLUSTER_MEMBERS_PER_PAGE,
            request.GET.get("page"),
            prepare=prepare_member_cards,
        )
        context["project"] = localized(self.project)
        return context
