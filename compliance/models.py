"""The compliance app's models, registered with Django from here: the report's permission and
the evidence packs, each beside its feature."""

from .evidence.models import EvidencePack, PackStatus
from .report_permission import ComplianceReport

__all__ = ["ComplianceReport", "EvidencePack", "PackStatus"]
