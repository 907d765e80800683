"""What starts a new generation of the shared frame data (`home.shared_cache`).

Anything a visitor can see, saved or deleted: pages (publishing, unpublishing and moving save
the page row), snippets and settings of our apps, sites, locales, view restrictions, images and
tags. Not the bookkeeping Wagtail saves beside them (revisions, logs, the reference index,
renditions), which would only churn the cache.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .shared_cache import bump

OUR_APPS = {"home", "projects", "news", "clusters"}
WAGTAIL_MODELS = (Page, Site, Locale, PageViewRestriction)


def shows_on_the_site(model):
    if model is None:
        return False
    meta = model._meta
    if meta.app_label in OUR_APPS or issubclass(model, WAGTAIL_MODELS):
        return True
    return meta.label in {"wagtailimages.Image", "taggit.Tag"}


def start_new_generation():
    # Now, for this process and the tests' transactions; again on commit, so a request that
    # read the old rows between the save and the commit cannot keep them for the generation.
    bump()
    transaction.on_commit(bump)


def _on_save_or_delete(sender, **kwargs):
    if shows_on_the_site(sender):
        start_new_generation()


def _on_m2m_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and shows_on_the_site(type(instance)):
        start_new_generation()


def _on_page_event(sender, **kwargs):
    start_new_generation()


def connect():
    post_save.connect(_on_save_or_delete, dispatch_uid="kartu_frame_save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="kartu_frame_delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="kartu_frame_m2m")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_page_event, dispatch_uid=f"kartu_frame_{id(signal)}")
