"""Links from a job's items to the translation editor of their translation in the job's
language: one query for the pages, one per snippet model."""

from collections import defaultdict

from django.contrib.admin.utils import quote
from django.urls import reverse
from wagtail.models import Page


def attach_editor_urls(items, locale_id):
    """Set `item.editor_url` (None while the translation does not exist)."""
    by_model = defaultdict(list)
    for item in items:
        model = item.content_type.model_class()
        by_model[Page if issubclass(model, Page) else model].append(item)
    for model, model_items in by_model.items():
        queryset = model._default_manager.all()
        if model is Page:
            queryset = queryset.filter(alias_of__isnull=True)
        targets = dict(
            queryset.filter(
                translation_key__in=[item.translation_key for item in model_items],
                locale_id=locale_id,
            ).values_list("translation_key", "pk")
        )
        for item in model_items:
            pk = targets.get(item.translation_key)
            item.editor_url = pk and editor_url(model, pk)


def editor_url(model, pk):
    if model is Page:
        return reverse("wagtailadmin_pages:edit", args=[pk])
    return reverse(model.snippet_viewset.get_url_name("edit"), args=[quote(pk)])
