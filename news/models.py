"""News posts (project updates, trainings, fairs, webinars), their index and categories."""

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList, TabbedInterface
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from home.i18n import localize_all
from home.models import BasePage, prefetch_image

NEWS_PER_PAGE = 12


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


class NewsIndexPage(BasePage):
    """Lists a language's news posts, newest first, a page at a time."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def get_posts(self):
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .prefetch_related("categories", prefetch_image("lead_image"))
            .order_by("-date", "-pk")
        )

    def paginate(self, request, posts):
        paginator = Paginator(posts, NEWS_PER_PAGE)
        try:
            return paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = self.paginate(request, self.get_posts())
        attach_localized_categories(posts.object_list)
        context["posts"] = posts
        return context


def attach_localized_categories(posts):
    """Give each post `localized_categories` in the active language, in one query for all."""
    posts = list(posts)
    categories = [category for post in posts for category in post.categories.all()]
    localized = dict(zip((c.pk for c in categories), localize_all(categories), strict=True))
    for post in posts:
        post.localized_categories = [localized[c.pk] for c in post.categories.all()]
    return posts


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(BasePage):
    """A news post. Communications staff write and schedule it; a post related to a project
    carries that project's funding disclaimer."""

    date = models.DateField(
        _("date"),
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
                + BasePage.content_panels[1:],
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

    def get_funding_disclaimers(self):
        """Each related project's disclaimer, once each, in the active language."""
        disclaimers = []
        for project in self.get_related_projects():
            disclaimer = project.get_funding_disclaimer()
            if disclaimer and disclaimer not in disclaimers:
                disclaimers.append(disclaimer)
        return disclaimers

    def get_sibling_posts(self):
        return NewsPage.objects.sibling_of(self, inclusive=False).live().public()

    def get_previous_post(self):
        older = Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk)
        return self.get_sibling_posts().filter(older).order_by("-date", "-pk").first()

    def get_next_post(self):
        newer = Q(date__gt=self.date) | Q(date=self.date, pk__gt=self.pk)
        return self.get_sibling_posts().filter(newer).order_by("date", "pk").first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = localize_all(self.categories.all())
        context["related_projects"] = self.get_related_projects()
        context["funding_disclaimers"] = self.get_funding_disclaimers()
        context["previous_post"] = self.get_previous_post()
        context["next_post"] = self.get_next_post()
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
