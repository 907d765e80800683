"""Template tags of the translator features."""

from django import template
from wagtail.models import Page

from translations.memory.panel import panel_context
from translations.patches.review_before_publish import review_panel_context
from translations.revisions.panel import revisions_panel_context

register = template.Library()


@register.inclusion_tag("translations/review_panel.html", takes_context=True)
def translation_review_panel(context):
    """Above wagtail-localize's translation editor of a page: where the translation stands in
    review and, for who may, the "Submit to <workflow>" button (`review_before_publish`)."""
    instance = context.get("instance")
    panel = None
    if isinstance(instance, Page):
        panel = review_panel_context(context["request"], instance)
    return {"panel": panel, "request": context["request"]}


@register.inclusion_tag("translations/revisions/panel.html", takes_context=True)
def string_revisions_panel(context):
    """Above wagtail-localize's translation editor: each string whose source changed since it
    was translated, the change as a word diff, and "Keep previous" (`translations.revisions`);
    site/static/js/translation-revisions.js moves each entry beside its string."""
    translation = context.get("translation")
    revisions = revisions_panel_context(translation) if translation is not None else []
    return {"revisions": revisions, "request": context["request"]}


@register.inclusion_tag("translations/memory/panel.html", takes_context=True)
def translation_memory_panel(context):
    """Beside wagtail-localize's translation editor: the translation memory's matches for each
    untranslated string, the glossary terms in the source strings and the glossary check
    (`translations.memory.panel`)."""
    translation = context.get("translation")
    panel = None
    if translation is not None:
        panel = panel_context(context["request"], translation)
    return {"panel": panel, "request": context["request"]}
