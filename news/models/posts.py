"""News posts: project updates, trainings, fairs and webinars, with their event details."""

from django import forms
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import Orderable
from wagtail.search import index

from home.i18n import localize_all
from home.models import BasePage
from home.shared_cache import shared
from home.tree import sibling_of
from news.structured_data import news_article, news_event

from .events import EventDetails


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(EventDetails, BasePage):
    """A news post. Communications staff write and schedule it; a post related to a project
    carries that project's funding disclaimer, and one about a training, fair or webinar its
    event (see events.py)."""

    date = models.DateField(
        _("date"),
        db_index=True,  # the news index orders thousands of posts by it
        default=timezone.localdate,
        help_text=_("Shown on the post and used to order the news."),
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the post and in listings."),
    )
    categories = ParentalManyToManyField(
        "news.NewsCategory", verbose_name=_("categories"), blank=True, related_name="posts"
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    social_type = "article"

    search_fields = BasePage.search_fields + [
        index.FilterField("date"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                BasePage.content_panels[:1]
                + [FieldPanel("date"), FieldPanel("lead_image")]
                + BasePage.content_panels[1:]
                + EventDetails.event_panels,
                heading=_("Content"),
            ),
            ObjectList(
                [
                    FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("tags"),
                    InlinePanel("related_projects", label=_("Related projects")),
                ],
                heading=_("Topics and projects"),
            ),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")

    def get_related_projects(self):
        """Related project pages in the active language (falling back to the source's)."""
        projects = [link.project for link in self.related_projects.select_related("project")]
        return [project for project in localize_all(projects) if project.live]

    def get_funding_disclaimers(self, projects=None):
        """Each related project's disclaimer, once each, in the active language."""
        disclaimers = []
        for project in self.get_related_projects() if projects is None else projects:
            disclaimer = project.get_funding_disclaimer()
            if disclaimer and disclaimer not in disclaimers:
                disclaimers.append(disclaimer)
        return disclaimers

    def get_sibling_posts(self):
        return sibling_of(NewsPage.objects, self).live().public()

    def get_previous_post(self):
        older = Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk)
        return self.get_sibling_posts().filter(older).order_by("-date", "-pk").first()

    def get_next_post(self):
        newer = Q(date__gt=self.date) | Q(date=self.date, pk__gt=self.pk)
        return self.get_sibling_posts().filter(newer).order_by("date", "pk").first()

    def get_pages_showing_this(self):
        """The posts whose previous and next links name this one: the page cache (pagecache)
        purges them when this post is published, unpublished or deleted."""
        return [self.get_previous_post(), self.get_next_post()]

    def get_structured_data(self, request, context):
        """A NewsArticle, and an Event when the post is about a training, fair or webinar."""
        nodes = [news_article(self, request, context)]
        if self.is_event:
            nodes.append(news_event(self, request, context))
        return [*nodes, *super().get_structured_data(request, context)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = localize_all(self.categories.all())
        context["related_projects"] = self.get_related_projects()
        context["funding_disclaimers"] = self.get_funding_disclaimers(context["related_projects"])
        context["shown_disclaimer_keys"] = {
            d.translation_key for d in context["funding_disclaimers"]
        }
        # Its neighbours change only when posts do: from the shared frame cache, not two
        # queries that sort every post of the index on each view.
        context["previous_post"], context["next_post"] = shared(
            request,
            f"post_neighbours:{self.pk}",
            lambda: (self.get_previous_post(), self.get_next_post()),
        )
        return context


class NewsPageProject(Orderable):
    """Links a news post to a project it reports on."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_projects")
    project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="news_links",
    )

    panels = [FieldPanel("project")]

    class Meta(Orderable.Meta):
        verbose_name = _("related project")
        verbose_name_plural = _("related projects")
