"""Which change purges what. Every receiver builds a Purge and schedules it for commit.

Pages: Wagtail's page_published, page_unpublished and post_page_move signals, and pre_delete
(while the tree still holds the page). wagtail-localize publishes a translated page through a
revision, so a translation's publish is a page_published like any other.

Everything else that pages show, found generically so that this app imports none of ours:
- every registered snippet model (wagtail.snippets.models.get_snippet_models()): its language,
  plus — when the edited row is a source (the default language's, or a wagtail-localize
  source) — the languages without a translation of it, whose pages fall back to the source;
  a snippet that is not translatable: every language. wagtail-localize saves snippet
  translations with a plain save, so they come through here too;
- a site's settings: every page of that site; generic settings, locales and sites: every
  page of every site;
- images and documents edited or deleted: whatever refers to them (Wagtail's reference index).
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, ReferenceIndex, Site, TranslatableMixin
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import TranslationSource

from .pages import page_change, page_paths, state_before_save
from .purge import Purge
from .sites import forget_sites

BEFORE = "_pagecache_before"


def connect():
    pre_save.connect(remember_page_state, dispatch_uid="pagecache")
    page_published.connect(page_published_or_unpublished, dispatch_uid="pagecache")
    page_unpublished.connect(page_published_or_unpublished, dispatch_uid="pagecache")
    post_page_move.connect(page_moved, dispatch_uid="pagecache")
    pre_delete.connect(page_deleted, dispatch_uid="pagecache")
    post_save.connect(object_saved, dispatch_uid="pagecache")
    post_delete.connect(object_deleted, dispatch_uid="pagecache")


def remember_page_state(sender, instance, raw=False, update_fields=None, **kwargs):
    """Before a full save of an existing page (publish, unpublish, move), note its live flag,
    address and related pages as the database still has them."""
    if isinstance(instance, Page) and instance.pk and not raw and update_fields is None:
        setattr(instance, BEFORE, state_before_save(instance))


def page_published_or_unpublished(sender, instance, **kwargs):
    purge = page_change(instance, before=instance.__dict__.pop(BEFORE, None))
    purge.merge(references_purge(instance, pages_in_full=False))
    purge.schedule()


def page_moved(sender, instance, url_path_before, **kwargs):
    before = instance.__dict__.pop(BEFORE, None)
    purge = page_change(instance, before=before, old_url_path=url_path_before)
    purge.merge(references_purge(instance, pages_in_full=False))
    purge.schedule()


def page_deleted(sender, instance, **kwargs):
    # A deleted page arrives twice, as Page and as its own class: handle the latter only.
    if not isinstance(instance, Page) or type(instance) is not instance.specific_class:
        return
    purge = page_change(instance, translations_change=True)
    for site, root_url, path in page_paths(instance.url_path):
        purge.add_tree(site, path, root_url)  # its subpages go with it
    purge.merge(references_purge(instance, pages_in_full=False))
    purge.schedule()


def object_saved(sender, instance, created=False, raw=False, **kwargs):
    # A new image or document is on no page yet. A new settings row is made, with its
    # defaults, by the first page that reads it: pages already showed those defaults.
    new_and_unseen = (AbstractImage, AbstractDocument, BaseSiteSetting, BaseGenericSetting)
    if raw or (created and isinstance(instance, new_and_unseen)):
        return
    purge = object_change(instance)
    if purge:
        purge.schedule()


def object_deleted(sender, instance, **kwargs):
    purge = object_change(instance)
    if purge:
        purge.schedule()


def object_change(instance):
    """The purge for a saved or deleted object other than a page, or None if pages do not
    show it."""
    if isinstance(instance, Page):
        return None  # pages purge through the page signals above
    if isinstance(instance, Site):
        forget_sites()  # host names may have changed: pagecache.sites reads them again
        return languages_purge(None)
    if isinstance(instance, BaseSiteSetting) and instance.site_id:
        purge = Purge()
        purge.add_site(str(instance.site_id))  # one organisation's settings: its pages only
        return purge
    if isinstance(instance, (Locale, BaseSiteSetting, BaseGenericSetting)):
        return languages_purge(None)
    if type(instance) in snippet_models():
        return languages_purge(snippet_languages(instance))
    if isinstance(instance, (AbstractImage, AbstractDocument)):
        return references_purge(instance)
    return None


def snippet_models():
    return set(get_snippet_models())


def languages_purge(codes):
    purge = Purge()
    for code in [None] if codes is None else codes:
        purge.add_language(code)
    return purge


def snippet_languages(snippet):
    """The languages whose pages may show `snippet`; None for all."""
    if not isinstance(snippet, TranslatableMixin):
        return None
    code = Locale.objects.filter(pk=snippet.locale_id).values_list("language_code", flat=True)
    codes = set(code)
    source_codes = {settings.LANGUAGE_CODE} | set(
        TranslationSource.objects.filter(object_id=snippet.translation_key).values_list(
            "locale__language_code", flat=True
        )
    )
    if codes & source_codes:
        translated = type(snippet)._default_manager.filter(translation_key=snippet.translation_key)
        languages = {code for code, _name in settings.LANGUAGES}
        codes |= languages - set(translated.values_list("locale__language_code", flat=True))
    return codes


def references_purge(instance, pages_in_full=True):
    """Purge what refers to `instance` (Wagtail's reference index): the snippets and settings
    that name it (their languages: a footer link to a page, a programme's logo), and the pages
    — with their ancestors and feeds when `pages_in_full` (an image a listing shows), else
    only their own addresses (a link to a page whose title or address changed)."""
    purge = Purge()
    for source, _references in ReferenceIndex.get_references_to(instance).group_by_source_object():
        if source is None or source == instance:
            continue
        if not isinstance(source, Page):
            part = object_change(source)
        elif pages_in_full:
            part = page_change(source.specific, translations_change=False)
        else:
            part = Purge()
            for site, root_url, path in page_paths(source.url_path):
                part.add_path(site, path, root_url)
        if part:
            purge.merge(part)
    return purge
