"""Translation status: which pages and snippets are translated, out of date or missing, per locale.

wagtail-localize reports on one translation at a time ("Up to date" / "Waiting for translations"
in its Translations report). This module answers the site manager's question across the whole
site: for every source object and every other configured locale, where does its translation stand?

Definitions
-----------
Source object
    Every translatable object belongs to a *translatable object* (its ``translation_key``). Its
    source locale is the locale of the first ``TranslationSource`` wagtail-localize made for that
    key (the content that was first submitted for translation); a key that was never submitted has
    the default locale (``LANGUAGE_CODE``) as its source locale. The source object is the object
    with that key in that locale, if it is live (pages and ``DraftStateMixin`` snippets) and not
    an alias. Pages count below the root (the locale home pages included); snippets count when they
    are registered snippets with ``TranslatableMixin``. Objects whose key has its source elsewhere
    are translations, never sources, so nothing is counted twice.

Target locales
    Every ``Locale`` in ``WAGTAIL_CONTENT_LANGUAGES`` other than the source's own.

Missing
    No object with the source's ``translation_key`` exists in the target locale. An alias page
    (made by tree synchronisation or as a parent copy) shows the source language's content, so it
    counts as missing too.

Out of date
    A translation exists but visitors may be reading an older or incomplete version of the source:

    * it is managed by wagtail-localize (an *enabled* ``Translation`` of the source's
      ``TranslationSource`` into the locale) and any of these holds:

      - a string of the source is not translated yet: a ``StringSegment`` of the source with no
        error-free ``StringTranslation`` in the locale (the test wagtail-localize's own
        Translations report calls "waiting for translations", written here as one subquery on
        its models: `waiting_for_translation`);
      - the source content was extracted again ("Sync translated pages", or
        ``TranslationSource.update_from_db`` / ``update_or_create_from_instance``) after the
        translation was last saved: ``TranslationSource.last_updated_at`` is later than the newest
        ``TranslationLog.created_at`` for that source and locale (wagtail-localize writes a
        ``TranslationLog`` each time it saves a translation). ``Translation``'s own
        ``translations_last_updated_at`` and ``destination_last_updated_at`` are never written by
        wagtail-localize 1.14, so they cannot be used;
      - the source changed after it was last extracted: for pages, the source was published
        (``last_published_at``) after ``TranslationSource.last_updated_at``; for snippets, whose
        rows carry no edit time, the source's current field data differs from the extracted
        ``content_json`` (the very comparison ``update_or_create_from_instance`` makes; done in
        Python on rows already loaded, and skipped for ``ClusterableModel`` snippets whose
        serialisation would query their child relations);

    * or it is kept by hand (no enabled ``Translation``) and, for pages, the source was published
      after the translation (snippets kept by hand have no edit times and count as up to date);
    * or it is a page or snippet that exists in the locale but is not live (a draft): visitors do
      not see it yet.

Translated and up to date
    A translation exists and none of the above holds.

Cost
----
Everything comes from a fixed number of queries, whatever the size of the tree: the locales, all
translation sources, all translations with two correlated subqueries, the extracted content of
snippet sources, and one query per translatable model family (one for all pages, one per snippet
model). The join is done in Python on those rows, so the cost grows with the number of rows, never
with the number of queries.

Links
-----
An existing translation links to its edit view, which opens wagtail-localize's translation editor
when the translation is managed by wagtail-localize (and Wagtail's editor otherwise). A missing one
links to wagtail-localize's "Translate" form for the source object.
"""

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists, OuterRef, Q, Subquery
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from home.site_trees import in_trees_q
from translations.status_items import (
    MISSING,
    OUT_OF_DATE,
    UP_TO_DATE,
    StatusItem,
    TranslationStatus,
    page_models,
    snippet_models,
    target_locales,
)


def waiting_for_translation():
    """For a ``Translation`` queryset: whether a string of its source has no error-free
    translation in its target locale."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef("_target_locale_id"),
        has_error=False,
    )
    return Exists(
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        # Django cannot reach two levels out: carry the target locale down as an annotation.
        .annotate(_target_locale_id=OuterRef("target_locale_id"), translated=Exists(translated))
        .filter(translated=False)
    )


@dataclass
class _Source:
    """What the status of one source object depends on, loaded in bulk."""

    pk: object
    title: str
    model: type
    translation_key: object
    locale_id: int
    last_published_at: datetime | None = None
    content_changed: bool = False


def get_translation_status(locale_codes=None, content_types=None, statuses=None, site_paths=None):
    """The status of every source object in every target locale, optionally filtered.

    ``locale_codes`` limits the target locales, ``content_types`` the models (``app.model``
    labels), ``statuses`` the statuses, ``site_paths`` the pages to those below the given home
    pages (some sites' trees, `home.site_trees`; snippets are every site's shared reference
    data and stay). The number of queries does not depend on the content.
    """
    locales = target_locales()
    locales_by_pk = {locale.pk: locale for locale in locales}
    default_locale = next(
        (locale for locale in locales if locale.language_code == settings.LANGUAGE_CODE), None
    )
    shown_locales = [
        locale for locale in locales if not locale_codes or locale.language_code in locale_codes
    ]

    # Sources: every extracted TranslationSource, and the source locale of each key.
    sources = {}  # (translation_key, locale_id) -> row
    source_locale_by_key = {}
    for row in TranslationSource.objects.order_by("created_at", "pk").values(
        "pk", "object_id", "locale_id", "last_updated_at"
    ):
        sources[row["object_id"], row["locale_id"]] = row
        source_locale_by_key.setdefault(row["object_id"], row["locale_id"])

    # wagtail-localize's translations, whether each waits for a string, and the time each was
    # last saved into its locale.
    last_saved = (
        TranslationLog.objects.filter(
            source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id")
        )
        .order_by("-created_at")
        .values("created_at")[:1]
    )
    translations = {
        (row["source_id"], row["target_locale_id"]): row
        for row in Translation.objects.filter(enabled=True)
        .annotate(
            waiting_for_translation=waiting_for_translation(),
            last_saved_at=Subquery(last_saved),
        )
        .values("source_id", "target_locale_id", "waiting_for_translation", "last_saved_at")
    }

    status = TranslationStatus(locales=shown_locales)
    wanted_models = set(content_types or [])

    def wanted(model):
        return not wanted_models or model._meta.label_lower in wanted_models

    def source_locale_id(translation_key):
        return source_locale_by_key.get(
            translation_key, default_locale.pk if default_locale else None
        )

    def classify(source, existing):
        """``existing`` maps locale id -> (target pk, live, last_published_at)."""
        extracted = sources.get((source.translation_key, source.locale_id))
        for locale in shown_locales:
            if locale.pk == source.locale_id:
                continue
            item = StatusItem(
                title=source.title,
                model=source.model,
                source_pk=source.pk,
                source_locale=locales_by_pk[source.locale_id],
                locale=locale,
                status=MISSING,
                translation_key=source.translation_key,
            )
            target = existing.get(locale.pk)
            if target is not None:
                target_pk, target_live, target_published_at = target
                item.target_pk = target_pk
                translation = extracted and translations.get((extracted["pk"], locale.pk))
                if not target_live:
                    out_of_date = True
                elif translation:
                    item.managed = True
                    out_of_date = (
                        translation["waiting_for_translation"]
                        or translation["last_saved_at"] is None
                        or translation["last_saved_at"] < extracted["last_updated_at"]
                        or source.content_changed
                        or _later(source.last_published_at, extracted["last_updated_at"])
                    )
                else:
                    out_of_date = _later(source.last_published_at, target_published_at)
                item.status = OUT_OF_DATE if out_of_date else UP_TO_DATE
            if not statuses or item.status in statuses:
                status.items.append(item)

    # Pages: one query for every page of the wanted types.
    models_by_content_type = {
        content_type.pk: model
        for model, content_type in ContentType.objects.get_for_models(*page_models()).items()
    }
    wanted_page_types = [pk for pk, model in models_by_content_type.items() if wanted(model)]
    if wanted_page_types:
        _classify_rows(
            Page.objects.filter(
                depth__gt=1, alias_of__isnull=True, content_type_id__in=wanted_page_types
            )
            .filter(in_trees_q(site_paths) if site_paths is not None else Q())
            .order_by("path")
            .values(
                "pk",
                "title",
                "translation_key",
                "locale_id",
                "content_type_id",
                "live",
                "last_published_at",
            ),
            lambda row: models_by_content_type[row["content_type_id"]],
            source_locale_id,
            classify,
        )

    # Snippets: one query per model, plus one for the content extracted from all of them.
    wanted_snippets = [model for model in snippet_models() if wanted(model)]
    extracted_content = {}
    if wanted_snippets:
        snippet_types = ContentType.objects.get_for_models(*wanted_snippets).values()
        extracted_content = dict(
            TranslationSource.objects.filter(specific_content_type__in=snippet_types).values_list(
                "pk", "content_json"
            )
        )
    for model in wanted_snippets:
        instances = list(model.objects.order_by("pk"))
        for instance in instances:
            extracted = sources.get((instance.translation_key, instance.locale_id))
            instance.content_changed = bool(
                extracted
                and not issubclass(model, ClusterableModel)
                and _serialised(instance) != json.loads(extracted_content[extracted["pk"]])
            )
        _classify_rows(
            [
                {
                    "pk": instance.pk,
                    "title": str(instance),
                    "translation_key": instance.translation_key,
                    "locale_id": instance.locale_id,
                    "live": instance.live if isinstance(instance, DraftStateMixin) else True,
                    "last_published_at": getattr(instance, "last_published_at", None),
                    "content_changed": instance.content_changed,
                }
                for instance in instances
            ],
            lambda row, model=model: model,
            source_locale_id,
            classify,
        )
    return status


def _classify_rows(rows, model_of, source_locale_id, classify):
    """Group rows by translation key, pick each key's source, classify it in every locale."""
    by_key = defaultdict(list)
    for row in rows:
        by_key[row["translation_key"]].append(row)
    for translation_key, group in by_key.items():
        source_locale = source_locale_id(translation_key)
        source_row = next((row for row in group if row["locale_id"] == source_locale), None)
        if source_row is None or not source_row["live"]:
            continue
        source = _Source(
            pk=source_row["pk"],
            title=source_row["title"],
            model=model_of(source_row),
            translation_key=translation_key,
            locale_id=source_locale,
            last_published_at=source_row["last_published_at"],
            content_changed=source_row.get("content_changed", False),
        )
        existing = {
            row["locale_id"]: (row["pk"], row["live"], row["last_published_at"])
            for row in group
            if row is not source_row
        }
        classify(source, existing)


def _serialised(instance):
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def _later(moment, than):
    return moment is not None and than is not None and moment > than
