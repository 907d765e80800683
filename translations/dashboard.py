"""The translator's dashboard panel: what waits for them in their own languages.

From the translation status (`translations.status`): every page and snippet whose translation
into one of the translator's languages is out of date (their work: open it and bring it up to
date) or missing (waiting for site managers to submit it for translation; a translator cannot
start one, so such a row has no link unless the user may). At most `PANEL_ROWS` rows, out of
date first, then a count of the rest and a link to the status report filtered for them.

The cost is the status's fixed number of queries plus one for the pages the user may edit and
one per snippet model for their snippet rights: none per row.
"""

from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component
from wagtail.coreutils import get_content_languages

from home.dashboard import PANEL_ORDER, PANEL_ROWS, editable_pages
from translations.policy import may_touch
from translations.status import get_translation_status
from translations.status_items import (
    MISSING,
    OUT_OF_DATE,
    translator_locale_codes,
    user_can_submit_translations,
)


class TranslationsAwaitingWorkPanel(Component):
    """Out-of-date and missing translations into the signed-in translator's languages."""

    name = "translations_awaiting_work"
    order = PANEL_ORDER["translations_awaiting_work"]
    template_name = "translations/dashboard/awaiting_work.html"

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        codes = translator_locale_codes(user)
        items = get_translation_status(locale_codes=codes, statuses=[OUT_OF_DATE, MISSING]).items
        items = workable(user, items)
        items.sort(key=lambda item: item.status != OUT_OF_DATE)  # stable: report order within
        report_url = reverse("translations_status")
        languages = dict(get_content_languages())
        return {
            "items": items[:PANEL_ROWS],
            "more": max(len(items) - PANEL_ROWS, 0),
            "total": len(items),
            "report_links": [
                (languages.get(code, code), f"{report_url}?{urlencode({'locale': code})}")
                for code in codes
            ],
            "may_submit": user_can_submit_translations(user),
        }


def workable(user, items):
    """The items `user` may act on: out-of-date translations they may edit (pages through
    their page permissions, snippets through the per-locale snippet rights), and missing ones."""
    page_pks = {item.target_pk for item in items if item.is_page and item.target_pk is not None}
    editable = set(editable_pages(user).filter(pk__in=page_pks).values_list("pk", flat=True))
    may_change = {}

    def allowed(item):
        if item.target_pk is None:
            return True
        if item.is_page:
            return item.target_pk in editable
        key = (item.model, item.locale.pk)
        if key not in may_change:
            may_change[key] = user.has_perm(
                f"{item.model._meta.app_label}.change_{item.model._meta.model_name}"
            ) and may_touch(user, item.model, "change", item.locale)
        return may_change[key]

    return [item for item in items if allowed(item)]
