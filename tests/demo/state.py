"""What the demo tests compare between two runs of `load_demo`: counts and a fingerprint."""

import hashlib

from django.apps import apps
from django.contrib.auth import get_user_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

PAGE_TYPES = [
    "home.HomePage",
    "home.StandardPage",
    "news.NewsIndexPage",
    "news.NewsPage",
    "projects.ProjectIndexPage",
    "projects.ProjectPage",
    "clusters.ClusterIndexPage",
    "clusters.ClusterPage",
    "clusters.ClusterMemberPage",
]
SNIPPETS = [
    "projects.FundingProgramme",
    "projects.Organisation",
    "projects.FundingDisclaimer",
    "news.NewsCategory",
    "clusters.CraftSector",
    "clusters.Region",
    "home.FooterText",
]


def counts():
    models = [apps.get_model(name) for name in PAGE_TYPES + SNIPPETS]
    tally = {model._meta.label: model.objects.count() for model in models}
    tally.update(
        pages=Page.objects.count(),
        images=get_image_model().objects.count(),
        users=get_user_model().objects.count(),
        translations=Translation.objects.count(),
        string_translations=StringTranslation.objects.count(),
    )
    return tally


def fingerprint():
    """A hash of what a second run must leave as it is: every revision's content, every page's
    current revision and publication time, and every snippet's fields."""
    digest = hashlib.sha256()
    for row in Revision.objects.order_by("pk").values_list("pk", "object_id", "content"):
        digest.update(repr(row).encode())
    pages = Page.objects.order_by("pk").values_list(
        "pk", "latest_revision_id", "live_revision_id", "last_published_at", "title", "slug"
    )
    digest.update(repr(list(pages)).encode())
    for name in SNIPPETS:
        digest.update(repr(list(apps.get_model(name).objects.order_by("pk").values())).encode())
    return digest.hexdigest()
