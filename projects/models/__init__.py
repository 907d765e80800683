from .pages import ProjectContact, ProjectIndexPage, ProjectLink, ProjectPage, ProjectPartner
from .snippets import FundingDisclaimer, FundingProgramme, Organisation

__all__ = [
    "FundingDisclaimer",
    "FundingProgramme",
    "Organisation",
    "ProjectContact",
    "ProjectIndexPage",
    "ProjectLink",
    "ProjectPage",
    "ProjectPartner",
]
