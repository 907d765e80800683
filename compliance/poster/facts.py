"""What a poster says, gathered from a project page in its own language."""

import re
from dataclasses import dataclass, field
from html import unescape

from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from home.i18n import localized
from home.templatetags.format_tags import money, percent
from projects.models.snippets import EmblemStatement

BLOCK_END = re.compile(r"</(p|li|h\d|div)>|<br\s*/?>", re.IGNORECASE)
LIST_ITEM = re.compile(r"<li[^>]*>", re.IGNORECASE)


@dataclass
class PosterFacts:
    language: str
    title: str
    acronym: str
    statement: str
    programme: str
    eu_support: tuple  # (label, value)
    facts: list = field(default_factory=list)  # [(label, value)]
    aims: list = field(default_factory=list)  # paragraphs of plain text
    url: str = ""
    logo: object = None  # the programme's logo (a Wagtail image) or None


def rich_text_paragraphs(html):
    """Plain paragraphs of rich text (list items with a bullet): the poster's font is plain."""
    html = LIST_ITEM.sub("• ", html or "")
    parts = (unescape(strip_tags(part)).strip() for part in BLOCK_END.split(html))
    return [part for part in parts if part and part.lower() not in {"p", "li", "div"}]


def emblem_statement(page):
    disclaimer = page.get_funding_disclaimer()
    if disclaimer is not None and disclaimer.show_emblem:
        return disclaimer.get_emblem_statement_display()
    # The poster carries the emblem whatever the site shows (CPR Art. 50(1)(d)).
    return str(EmblemStatement.CO_FUNDED.label)


def gather(page):
    """PosterFacts of `page` in its locale's language (labels, amounts and dates too)."""
    language = page.locale.language_code
    with translation.override(language):
        programme = localized(page.programme)
        if page.eu_contribution is not None:
            support = (_("EU contribution"), money(page.eu_contribution))
        elif page.maximum_rate is not None:
            support = (_("EU co-financing rate"), percent(page.maximum_rate))
        else:
            support = (_("EU contribution"), "")
        facts = [
            (_("Total budget"), money(page.total_budget)),
            (_("Start date"), date_format(page.start_date, "DATE_FORMAT")),
            (_("End date"), date_format(page.end_date, "DATE_FORMAT")),
        ]
        if page.project_number:
            facts.append((_("Project number"), page.project_number))
        return PosterFacts(
            language=language,
            title=page.title,
            acronym=page.acronym,
            statement=emblem_statement(page),
            programme=str(programme),
            eu_support=support,
            facts=facts,
            aims=rich_text_paragraphs(page.aims),
            url=page.full_url or "",
            logo=programme.logo or page.programme.logo,
        )
