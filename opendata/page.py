"""The "Open data" page (/<lang>/open-data/): what the files hold, under which licence, and
how to ask for another language. Linked from every page's footer."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from .files import LICENCE_NAME, LICENCE_URL, url_name
from .members_data import MEMBER_FIELDS
from .operations import HEADER
from .projects_data import PARTNER_FIELDS, PROJECT_FIELDS

FIELD_DESCRIPTIONS = {
    "project_id": _("The project number from the subsidy contract, e.g. LV-RU-018."),
    "acronym": _("The project's short name."),
    "project_name": _("The project's title."),
    "project_description": _("A short description of the project."),
    "language": _("The language of the row's texts (a language code, e.g. lt)."),
    "languages": _("Every language the item is published in on this site."),
    "programme_name": _("The funding programme."),
    "period": _("The programme period, e.g. 2014-2020."),
    "priority_specific_objective": _("The programme priority or specific objective."),
    "expected_achievements": _("What the project sets out to do."),
    "actual_achievements": _("What the project achieved."),
    "project_start_date": _("Start date (YYYY-MM-DD)."),
    "project_end_date": _("End date (YYYY-MM-DD)."),
    "total_budget": _("Total budget in euros."),
    "eu_funding_amount": _("EU contribution in euros, empty when only a maximum rate is known."),
    "eu_funding_cofinancing_rate": _("EU co-financing rate in per cent."),
    "contributing_eu_funds": _("The EU fund: ERDF, ENI, EAFRD or ESF+."),
    "website": _("The project's page on this site, or the organisation's own website."),
    "partner_type": _("lead, partner or associated."),
    "organisation_name": _("The partner organisation's name."),
    "country": _("The country, as a two-letter ISO 3166 code."),
    "town": _("Where the organisation is based."),
    "organisation_type": _("public_body, lag, ngo, business or education."),
    "name": _("The member's or business's name."),
    "member_type": _("person or business."),
    "cluster": _("The cluster the member belongs to."),
    "craft_sectors": _("The member's crafts."),
    "region": _("The member's region."),
    "municipality": _("The member's municipality."),
    "description": _("Who the member is and what they make."),
    "languages_spoken": _("Languages in which the member can be contacted."),
    "open_to_cooperation": _("Whether the member welcomes joint products and orders."),
    "social_media": _("The member's social media page, if they agreed to publish it."),
    "phone": _("The member's phone number, if they agreed to publish it."),
    "enquiry_url": _("Where to write to the member through this site."),
    "url": _("The member's profile on this site."),
}


def file_list():
    projects = [(field, FIELD_DESCRIPTIONS[field]) for field in PROJECT_FIELDS]
    return [
        {
            "name": "projects.json",
            "title": _("Projects (JSON)"),
            "about": _("One record per project; its partners are listed under “partners”."),
            "fields": [*projects, ("partners", _("The partners, with the fields below."))],
        },
        {
            "name": "projects.csv",
            "title": _("Projects (CSV)"),
            "about": _("One row per project, the same fields as the JSON file without partners."),
            "fields": projects,
        },
        {
            "name": "partners.csv",
            "title": _("Partners (CSV)"),
            "about": _("One row per partner of a project; project_id links it to its project."),
            "fields": [(field, FIELD_DESCRIPTIONS[field]) for field in PARTNER_FIELDS],
        },
        {
            "name": "list-of-operations.xlsx",
            "title": _("List of operations (Excel)"),
            "about": _(
                "The columns of the list of operations of Regulation (EU) 2021/1060, "
                "Article 49(3), one row per project; column headings in English."
            ),
            "columns": HEADER,
        },
        {
            "name": "members.json",
            "title": _("Cluster members (JSON)"),
            "about": _(
                "Published member profiles whose owners agreed to publication. Phone numbers "
                "and websites only when the member agreed to publish their contact details; "
                "email addresses never: write through the enquiry address instead."
            ),
            "fields": [(field, FIELD_DESCRIPTIONS[field]) for field in MEMBER_FIELDS],
        },
    ]


@require_safe
def open_data_page(request):
    files = file_list()
    for item in files:
        item["url"] = reverse(url_name(item["name"]))
    return TemplateResponse(
        request,
        "opendata/open_data.html",
        {
            "files": files,
            "licence_name": LICENCE_NAME,
            "licence_url": LICENCE_URL,
            "languages": settings.LANGUAGES,
            "api_url": "/api/v2/pages/",
        },
    )
