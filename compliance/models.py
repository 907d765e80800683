"""The compliance app's models, each in the module of the feature it belongs to."""

from .evidence.models import EvidencePack, PackStatus

__all__ = ["EvidencePack", "PackStatus"]
