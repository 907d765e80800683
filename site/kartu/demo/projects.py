"""The five demo projects (content: data/projects/lt.yaml and lv.yaml): Lithuanian ones are
written in Lithuanian, Latvian ones in Latvian and built under the Latvian project index."""

from decimal import Decimal

from projects.models import ProjectContact, ProjectLink, ProjectPage, ProjectPartner

from .blocks import stream
from .pagetools import get_or_create_page
from .text import paragraphs, text

SOURCE_LANGUAGES = ("lt", "lv")
TEXTS = ("title", "intro", "acronym", "project_number", "priority")
NUMBERS = ("total_budget", "eu_contribution", "maximum_rate")
DATES = ("start_date", "end_date")


def project_specs(content):
    """(language, project) of every project, Lithuanian ones first."""
    return [
        (code, spec)
        for code in SOURCE_LANGUAGES
        for spec in content[f"projects/{code}"]["projects"]
    ]


def build_project(spec, code, index, refs, images, tally):
    """Create one project, written in language `code`, under that language's project index."""
    locale_id = index.locale_id
    children = {
        "partners": [
            ProjectPartner(
                organisation=refs["organisation"][partner["organisation"]],
                role=partner["role"],
                sort_order=i,
            )
            for i, partner in enumerate(spec["partners"])
        ],
        "contacts": [
            ProjectContact(
                locale_id=locale_id,
                sort_order=i,
                name=text(contact["name"], code),
                role=text(contact["role"], code),
                organisation=text(contact["organisation"], code),
                email=contact["email"],
                phone=text(contact["phone"], code),
            )
            for i, contact in enumerate(spec["contacts"])
        ],
        "links": [
            ProjectLink(
                locale_id=locale_id, sort_order=i, title=text(link["title"], code), url=link["url"]
            )
            for i, link in enumerate(spec["links"])
        ],
    }
    fields = {name: text(spec[name], code) for name in TEXTS if name in spec}
    fields.update({name: Decimal(str(spec[name])) for name in NUMBERS if name in spec})
    fields.update({name: spec[name] for name in DATES if name in spec})
    return get_or_create_page(
        index,
        ProjectPage,
        text(spec["slug"], code),
        tally,
        children=children,
        programme=refs["programme"][spec["programme"]],
        funding_disclaimer=refs["disclaimer"][spec["disclaimer"]],
        body=stream(spec["body"], code, refs, images),
        aims=paragraphs(spec["aims"], code),
        results="" if "results" in spec.get("leave_out", []) else paragraphs(spec["results"], code),
        **fields,
    )
