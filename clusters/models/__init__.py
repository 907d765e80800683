"""Clusters and the public directory of their members, craftspeople and small producers: the
pages, the vocabularies, the members' publication consents and the enquiries visitors send
them, and the directory's filters and facets (which the cluster index page uses, so they live
beside it and the package has no import circle)."""

from .clusters import ClusterIndexPage, ClusterPage
from .consents import ConsentMethod, ConsentRequired, ConsentScope, PublicationConsent
from .enquiries import CooperationEnquiry, EnquiryStatus
from .members import ClusterMemberPage, MemberType
from .taxonomy import CraftSector, Region

__all__ = [
    "ClusterIndexPage",
    "ClusterMemberPage",
    "ClusterPage",
    "ConsentMethod",
    "ConsentRequired",
    "ConsentScope",
    "CooperationEnquiry",
    "CraftSector",
    "EnquiryStatus",
    "MemberType",
    "PublicationConsent",
    "Region",
]
