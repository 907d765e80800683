"""Clusters and the public directory of their members: craftspeople and small producers."""

from .clusters import ClusterIndexPage, ClusterPage
from .consents import PublicationConsent
from .members import ClusterMemberPage, MemberType
from .taxonomy import CraftSector, Region

__all__ = [
    "ClusterIndexPage",
    "ClusterMemberPage",
    "ClusterPage",
    "CraftSector",
    "MemberType",
    "PublicationConsent",
    "Region",
]
