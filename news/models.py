"""News posts (project updates, trainings, fairs, webinars), their index and categories."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import slug_unicode_re
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from home.i18n import localize_all
from home.models import BasePage, prefetch_image
from home.pagination import forgiving_page
from projects.models import ProjectPage

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

    def get_posts(self, posts=None):
        if posts is None:
            posts = NewsPage.objects.child_of(self).live().public()
        return posts.prefetch_related("categories", prefetch_image("lead_image")).order_by(
            "-date", "-pk"
        )

    def get_filter_choices(self, posts):
        """What visitors can filter `posts` (this index's live, public posts) by: categories
        and projects they use (in the active language where translated) and the years with
        posts. Four queries."""
        category_keys = NewsPage.categories.through.objects.filter(
            newspage__in=posts.values("pk")
        ).values("newscategory__translation_key")
        categories = prefer_active_locale(
            NewsCategory.objects.filter(translation_key__in=category_keys).select_related("locale")
        )
        project_keys = NewsPageProject.objects.filter(page__in=posts.values("pk")).values(
            "project__translation_key"
        )
        projects = prefer_active_locale(
            ProjectPage.objects.live()
            .public()
            .filter(alias_of__isnull=True, translation_key__in=project_keys)
            .select_related("locale")
            .order_by("title")
        )
        years = [day.year for day in posts.dates("date", "year", order="DESC")]
        return NewsFilterChoices(
            categories=sorted(categories, key=lambda c: c.name.casefold()),
            projects=sorted(projects, key=lambda p: p.title.casefold()),
            years=years,
        )

    def get_active_filters(self, request, choices):
        """The filters the query string asks for, and a message for each value that names no
        category, project or year (a visitor's typo must not become a 500)."""
        active, errors = {}, []
        slug = request.GET.get("category", "").strip()
        if slug:
            category = find_news_category(slug)
            if category is None:
                errors.append(_("There is no news category “%(slug)s”.") % {"slug": slug})
            else:
                active["category"] = category
        slug = request.GET.get("project", "").strip()
        if slug:
            project = find_news_project(slug)
            if project is None:
                errors.append(_("There is no project “%(slug)s”.") % {"slug": slug})
            else:
                active["project"] = project
        value = request.GET.get("year", "").strip()
        if value:
            year = parse_year(value)
            if year is None or year not in choices.years:
                errors.append(_("There is no news from the year “%(year)s”.") % {"year": value})
            else:
                active["year"] = year
        return active, errors

    def filter_posts(self, posts, active):
        if "category" in active:
            posts = posts.filter(pk__in=posts_in_category(active["category"]))
        if "project" in active:
            posts = posts.filter(pk__in=posts_about_project(active["project"]))
        if "year" in active:
            posts = posts.filter(date__year=active["year"])
        return posts

    def get_context(self, request, *args, **kwargs):
        """Posts, filtered by category, project and year from the query string, a page at a
        time. A fixed number of queries: the filter choices (four), the filter lookups (one
        each), then the count and the page of posts with their images and categories."""
        context = super().get_context(request, *args, **kwargs)
        live_posts = NewsPage.objects.child_of(self).live().public()
        choices = self.get_filter_choices(live_posts)
        active, errors = self.get_active_filters(request, choices)
        posts = self.get_posts(live_posts)
        posts = posts.none() if errors else self.filter_posts(posts, active)
        posts = forgiving_page(posts, NEWS_PER_PAGE, request.GET.get("page"))
        attach_localized_categories(posts.object_list)
        context["posts"] = posts
        context["filter_choices"] = choices
        context["active_filters"] = active
        context["filter_errors"] = errors
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A filter value that names nothing: say so on the page, and tell robots it is missing.
        if getattr(response, "context_data", None) and response.context_data.get("filter_errors"):
            response.status_code = 404
        return response


class NewsFilterChoices:
    """Categories, projects and years a news index can be filtered by."""

    def __init__(self, categories, projects, years):
        self.categories = categories
        self.projects = projects
        self.years = years

    def __bool__(self):
        return bool(self.categories or self.projects or self.years)


def parse_year(value):
    """A four-digit year from a query string, or None ("abc", "99999999999", "-1")."""
    value = str(value)
    if len(value) == 4 and value.isascii() and value.isdigit():
        return int(value)
    return None


def _locale_rank(obj):
    """Sort key: the active language's objects first, then the default language's, then any.
    By language code, with the locale selected alongside: no query per object."""
    code = obj.locale.language_code
    return 0 if code == get_language() else 1 if code == settings.LANGUAGE_CODE else 2


def prefer_active_locale(objects):
    """One object per translation_key, the first by `_locale_rank` (translated posts may link
    to their source language's categories and project pages)."""
    chosen = {}
    for obj in sorted(objects, key=_locale_rank):
        chosen.setdefault(obj.translation_key, obj)
    return list(chosen.values())


def find_news_category(slug):
    """The category with this slug, in the active language if there is one: one query."""
    if not slug_unicode_re.fullmatch(slug):  # e.g. a NUL byte, which PostgreSQL refuses
        return None
    categories = NewsCategory.objects.filter(slug=slug).select_related("locale")
    return min(categories, key=_locale_rank, default=None)


def find_news_project(slug):
    """The live project page with this slug, in the active language if there is one. One query.

    News posts of a translation may point at the source language's project page, and an
    untranslated project keeps its source slug, so other languages' pages count too.
    """
    if not slug_unicode_re.fullmatch(slug):
        return None
    projects = (
        ProjectPage.objects.live()
        .public()
        .filter(alias_of__isnull=True, slug=slug)
        .select_related("locale")
        .order_by("pk")
    )
    return min(projects, key=_locale_rank, default=None)


def posts_in_category(category):
    """Ids of posts in this category or any translation of it (as a subquery)."""
    return NewsPage.categories.through.objects.filter(
        newscategory__translation_key=category.translation_key
    ).values("newspage_id")


def posts_about_project(project):
    """Ids of posts related to this project or any translation of it (as a subquery)."""
    return NewsPageProject.objects.filter(project__translation_key=project.translation_key).values(
        "page_id"
    )


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
    # A post that announces or reports a training, fair or webinar says when and where it is.
    event_start = models.DateTimeField(
        _("event starts"),
        null=True,
        blank=True,
        help_text=_(
            "Fill in for a training, fair or webinar: shown on the post and to search engines."
        ),
    )
    event_end = models.DateTimeField(_("event ends"), null=True, blank=True)
    event_venue = models.CharField(
        _("venue"),
        max_length=255,
        blank=True,
        help_text=_("Place and town, e.g. “Tauragės kultūros centras, Tauragė”."),
    )
    event_online = models.BooleanField(
        _("online event"), default=False, help_text=_("A webinar or other event held online.")
    )

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
                + [
                    MultiFieldPanel(
                        [
                            FieldRowPanel([FieldPanel("event_start"), FieldPanel("event_end")]),
                            FieldPanel("event_venue"),
                            FieldPanel("event_online"),
                        ],
                        heading=_("Event"),
                        classname="collapsed",
                    )
                ],
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

    @property
    def is_event(self):
        return self.event_start is not None

    def clean(self):
        super().clean()
        errors = {}
        if self.event_end and not self.event_start:
            errors["event_start"] = _("Give the start of the event as well as its end.")
        if self.event_start and self.event_end and self.event_end < self.event_start:
            errors["event_end"] = _("The event cannot end before it starts.")
        if self.event_start and not (self.event_venue or self.event_online):
            errors["event_venue"] = _("Say where the event takes place, or mark it as online.")
        if errors:
            raise ValidationError(errors)

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
        context["shown_disclaimer_keys"] = {
            d.translation_key for d in context["funding_disclaimers"]
        }
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
