"""The background task that builds an evidence pack (DESIGN.md "background work"): rendering
every language of a page and zipping its assets takes seconds, too long for a request."""

import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django_tasks import task

from .models import EvidencePack, PackStatus
from .pack import build_pack

logger = logging.getLogger(__name__)


@task()
def build_evidence_pack(pack_id):
    pack = EvidencePack.objects.select_related("page").filter(pk=pack_id).first()
    if pack is None or pack.status != PackStatus.PENDING:
        return None
    try:
        content = build_pack(pack.page.specific)
    except Exception as error:  # the editor sees it failed and why; the log has the trace
        logger.exception("Evidence pack %s failed", pack_id)
        pack.status, pack.error = PackStatus.FAILED, f"{type(error).__name__}: {error}"
        pack.save(update_fields=["status", "error"])
        return None
    name = f"evidence-{pack.page.slug}-{pack.created_at:%Y%m%d-%H%M%S}.zip"
    pack.file.save(name, ContentFile(content), save=False)
    pack.status = PackStatus.READY
    pack.save(update_fields=["file", "status"])
    return pack.pk


def request_pack(page, user):
    """A new pending pack for `page`, built once the request's transaction commits."""
    pack = EvidencePack.objects.create(page=page, requested_by=user)
    transaction.on_commit(lambda: build_evidence_pack.enqueue(pack.pk))
    return pack
