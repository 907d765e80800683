"""The five demo projects: Lithuanian ones are written in Lithuanian, Latvian ones in Latvian and
built under the Latvian project index (content in projects_lithuanian.py, projects_latvian.py).
"""

from projects.models import ProjectContact, ProjectLink, ProjectPage, ProjectPartner

from .pagetools import get_or_create_page
from .projects_latvian import CRAFTS, MOLDOVA
from .projects_lithuanian import ALYTUS, SOUTH_BALTIC, TAURAGE

PROJECTS = [TAURAGE, ALYTUS, SOUTH_BALTIC, CRAFTS, MOLDOVA]

FIELDS = ("title", "intro", "acronym", "project_number", "priority", "aims", "results")
NUMBERS = ("total_budget", "eu_contribution", "maximum_rate", "start_date", "end_date")


def build_project(spec, index, refs, images, tally):
    """Create one project under the project index of its language."""
    code = spec["lang"]
    locale_id = index.locale_id
    children = {
        "partners": [
            ProjectPartner(organisation=refs["organisation"][key], role=role, sort_order=i)
            for i, (key, role) in enumerate(spec["partners"])
        ],
        "contacts": [
            ProjectContact(
                locale_id=locale_id,
                sort_order=i,
                name=name[code],
                role=role[code],
                organisation=organisation[code],
                email=email,
                phone=phone[code],
            )
            for i, (name, role, organisation, email, phone) in enumerate(spec["contacts"])
        ],
        "links": [
            ProjectLink(locale_id=locale_id, sort_order=i, title=title[code], url=url)
            for i, (title, url) in enumerate(spec["links"])
        ],
    }
    fields = {name: spec[name] for name in FIELDS + NUMBERS if name in spec}
    return get_or_create_page(
        index,
        ProjectPage,
        spec["slug"],
        code,
        tally,
        children=children,
        programme=refs["programme"][spec["programme"]],
        funding_disclaimer=refs["disclaimer"][spec["disclaimer"]],
        body=spec["body"](refs, images),
        **fields,
    )
