"""The EU visibility rules, one function each, with the regulation each comes from.

Each takes a checked page (a ProjectPage, or a NewsPage about a project) and the
`ComplianceData` loaded for it, and returns a list of `Finding`s (empty when it passes). They
judge what a visitor sees: the disclaimer and emblem as the page's template picks them
(ProjectPage.get_funding_disclaimer, NewsPage.get_funding_disclaimers, in the page's
language), not what an editor meant to choose.
"""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from projects.models import ProjectPage
from projects.models.snippets import Fund

from .findings import (
    Finding,
    LanguageName,
    message,
    page_edit_url,
    page_translate_url,
    snippet_edit_url,
    snippet_translate_url,
)

# Funds whose visibility rules ask for the EU emblem (CPR Annex IX; Impl. Reg. 821/2014 Art. 4;
# 897/2014 for ENI CBC; 808/2014 Annex III for EAFRD). National money and "other" do not.
EMBLEM_FUNDS = {Fund.ERDF, Fund.ENI, Fund.EAFRD, Fund.ESF_PLUS}


def is_empty_rich_text(value):
    return not strip_tags(value or "").replace("&nbsp;", " ").strip()


def _shown_disclaimer(page, project, data):
    """(the disclaimer resolved for the project, its version in the page's language or None).

    When none is resolved but another language's programme has one, that one is returned
    untranslated: the finding then names the fix (translate it), not only the symptom."""
    disclaimer = data.disclaimer_of(project) or data.untranslated_disclaimer(project)
    if disclaimer is None:
        return None, None
    return disclaimer, data.disclaimer_in(disclaimer, page.locale_id)


def disclaimer_shown(page, data):
    """A funding disclaimer is shown with the project (or with each project a news post is
    about). CPR 2021/1060 Art. 47 and Art. 50(1)(a): the beneficiary's website acknowledges
    the support from the Funds; Interreg Reg. 2021/1059 Art. 36(4) for every partner; ENI CBC
    (Impl. Reg. 897/2014) and 2014–2020 ERDF (Impl. Reg. 821/2014 Art. 4) likewise."""
    findings = []
    for project in data.shown_projects(page):
        disclaimer, localized = _shown_disclaimer(page, project, data)
        shown = localized or disclaimer
        if shown is None or not (shown.text or shown.show_emblem):
            findings.append(
                Finding(
                    "disclaimer",
                    message(
                        _("No funding disclaimer is shown for “%(project)s”."),
                        project=project.title,
                    ),
                    page_edit_url(project.pk),
                )
            )
    return findings


def disclaimer_translated(page, data):
    """The disclaimer is written in the page's language. CPR 2021/1060 Annex IX: the
    statement is written out in the language of the page; the ENI CBC visibility guidelines ask
    for the programme's wording in the publication's language. A disclaimer with no translation
    is fixed by translating the snippet; one whose translation still holds the source's words
    by finishing it in the translation editor."""
    findings = []
    language = LanguageName(data.language(page.locale_id))
    for project in data.shown_projects(page):
        disclaimer, localized = _shown_disclaimer(page, project, data)
        if disclaimer is None:
            continue  # `disclaimer_shown` reports it
        original = data.original_disclaimer(disclaimer)
        if localized is None:
            template = _(
                "The funding disclaimer of “%(project)s” is not translated into %(language)s."
            )
            url = snippet_translate_url(original)
        elif localized.pk != original.pk and localized.text and localized.text == original.text:
            template = _(
                "The funding disclaimer of “%(project)s” is still untranslated in %(language)s."
            )
            url = snippet_edit_url(localized)
        else:
            continue
        findings.append(
            Finding(
                "disclaimer_language",
                message(template, project=project.title, language=language),
                url,
            )
        )
    return findings


def emblem_shown(page, data):
    """The EU emblem is shown where the fund requires it. CPR 2021/1060 Art. 47 and Annex IX
    (the emblem with "Co-funded by the European Union"); Interreg Reg. 2021/1059 Art. 36(4);
    2014–2020 Impl. Reg. 821/2014 Art. 4 (ERDF/ESF) and 808/2014 Annex III (EAFRD)."""
    findings = []
    for project in data.shown_projects(page):
        if project.programme.fund not in EMBLEM_FUNDS:
            continue
        disclaimer, localized = _shown_disclaimer(page, project, data)
        shown = localized or disclaimer
        if shown is not None and shown.show_emblem:
            continue
        findings.append(
            Finding(
                "emblem",
                message(
                    _(
                        "The EU emblem is not shown for “%(project)s”, though its fund "
                        "(%(fund)s) requires it."
                    ),
                    project=project.title,
                    fund=project.programme.get_fund_display(),
                ),
                snippet_edit_url(shown) if shown is not None else page_edit_url(project.pk),
            )
        )
    return findings


def _field_name(name):
    return ProjectPage._meta.get_field(name).verbose_name


def funding_facts(page, data):
    """The funding facts are given: programme, total budget, EU contribution (an amount, or
    the contract's maximum rate), start and end dates and at least one partner. CPR 2021/1060
    Art. 50(1)(a) (a description highlighting the support) and Art. 49(3) (the facts the list
    of operations publishes: the amounts, the dates, the beneficiaries); Interreg Reg.
    2021/1059 Art. 36(4) names every partner. A project funded only nationally or by a
    municipality has no EU contribution to state."""
    if page.pk not in data.projects:
        return []
    project = data.projects[page.pk]
    eu_funded = project.programme_id is None or project.programme.fund != Fund.NATIONAL
    missing = []
    if page.programme_id is None:
        missing.append(_field_name("programme"))
    if page.total_budget is None or page.total_budget <= 0:
        missing.append(_field_name("total_budget"))
    # A contract may give only a ceiling ("up to 85 %"): the page then shows that rate.
    if eu_funded and page.eu_contribution is None and page.maximum_rate is None:
        missing.append(_field_name("eu_contribution"))
    if page.start_date is None:
        missing.append(_field_name("start_date"))
    if page.end_date is None:
        missing.append(_field_name("end_date"))
    if not data.partner_counts.get(page.pk):
        missing.append(_("at least one partner"))
    return [
        Finding(
            "facts",
            message(_("A funding fact is missing: %(fact)s."), fact=fact),
            page_edit_url(page.pk),
        )
        for fact in missing
    ]


def aims_described(page, data):
    """The project's aims are described. CPR 2021/1060 Art. 50(1)(a): a short description of
    the operation, including its aims and results; 2014–2020 Reg. 1303/2013 Annex XII 2.2."""
    if page.pk not in data.projects or not is_empty_rich_text(page.aims):
        return []
    return [
        Finding(
            "aims",
            message(_("The project's aims are not described.")),
            page_edit_url(page.pk),
        )
    ]


def results_reported(page, data):
    """Once the project has ended, its results are described. CPR 2021/1060 Art. 50(1)(a)
    (aims *and results*); projects stay online as an archive, so a closed project's page must
    say what it achieved (keep.eu's `actual_achievements`)."""
    if page.pk not in data.projects or page.end_date is None or page.end_date >= data.today:
        return []
    if not is_empty_rich_text(page.results):
        return []
    return [
        Finding(
            "results",
            message(
                _("The project ended on %(date)s and its results are not described."),
                date=page.end_date,
            ),
            page_edit_url(page.pk),
        )
    ]


def published_in_every_language(page, data):
    """The project is live in every site language its partners' public reads: its own and its
    partner countries' (`ComplianceData.owed_locale_ids`). CPR 2021/1060 Art. 50(1)(a) and
    Annex IX: the description and statement reach the public in the page's language; Interreg
    Reg. 2021/1059 Art. 36(4) asks the same of every partner. A language's visitors who find no
    page (or the source language's words under their prefix, an alias) are not informed.
    Reported on each live version of the project, with the language it is about: the report
    lists it once, under that language."""
    if page.pk not in data.projects:
        return []
    versions = data.translations.get(page.translation_key, [])
    live = {v.locale_id for v in versions if v.live and v.alias_of_id is None}
    findings = []
    for locale_id in sorted(data.owed_locale_ids(page) - live, key=data.language):
        code = data.language(locale_id)
        draft = next((v for v in versions if v.locale_id == locale_id), None)
        source = next((v for v in versions if v.live and v.alias_of_id is None), page)
        findings.append(
            Finding(
                "language",
                message(_("Not published in %(language)s."), language=LanguageName(code)),
                page_edit_url(draft.pk) if draft else page_translate_url(source.pk),
                language=code,
            )
        )
    return findings
