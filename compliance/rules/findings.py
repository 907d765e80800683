"""What a rule reports: a `Finding`, its message (translated when shown, in the language of
whoever reads it) and the admin address that fixes it."""

import datetime
from dataclasses import dataclass

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import Promise, lazy
from django.utils.translation import get_language_info, gettext


@dataclass(frozen=True)
class Finding:
    """One thing a page lacks. `rule` is a stable code (see `compliance.rules.RULES`);
    `message` is a lazy string, translated when it is shown; `edit_url` is the admin view that
    fixes it (the page's editor, the disclaimer's editor or its translation), or None.
    `language` names the locale a finding is about when it is not the page's own (a language
    in which the project is not published at all)."""

    rule: str
    message: str
    edit_url: str | None
    language: str | None = None


class LanguageName:
    """A language, named in the reader's language when the message is shown."""

    def __init__(self, code):
        self.code = code

    def __str__(self):
        try:
            return gettext(get_language_info(self.code)["name"])
        except KeyError:
            return self.code


def _display(value):
    if isinstance(value, datetime.date):
        return date_format(value)
    if isinstance(value, Promise):
        return str(value)
    return value if isinstance(value, str) else str(value)


def _render(template, params):
    return str(template) % {name: _display(value) for name, value in params.items()}


_lazy_render = lazy(_render, str)


def message(template, **params):
    """`template % params`, translated only when shown: a finding made in one request (or
    kept in a cache) reads right in every editor's language. `template` is a gettext_lazy
    string; dates are formatted and language names translated at that time too."""
    return _lazy_render(template, params)


def page_edit_url(page_id):
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def page_translate_url(page_id):
    return reverse("wagtail_localize:submit_page_translation", args=[page_id])


def snippet_edit_url(snippet):
    """The snippet's editor; for a translation wagtail-localize shows its translation editor."""
    meta = snippet._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[snippet.pk])


def snippet_translate_url(snippet):
    meta = snippet._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, snippet.pk],
    )
