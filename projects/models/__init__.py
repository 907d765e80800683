"""The funding domain: project pages, their index and its filters, the reference data they
cite, and each site's funding settings."""

from .index import ProjectIndexPage
from .project import (
    PartnerRole,
    ProjectContact,
    ProjectLink,
    ProjectPage,
    ProjectPartner,
    ProjectStatus,
)
from .settings import FundingSettings
from .snippets import FundingDisclaimer, FundingProgramme, Organisation

__all__ = [
    "FundingDisclaimer",
    "FundingProgramme",
    "FundingSettings",
    "Organisation",
    "PartnerRole",
    "ProjectContact",
    "ProjectIndexPage",
    "ProjectLink",
    "ProjectPage",
    "ProjectPartner",
    "ProjectStatus",
]
