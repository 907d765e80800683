"""Moving a scheduled page's go-live time into the past, as the clock would by then (no
time-freezing package is installed; Wagtail's publish action reads the time again from the
revision's content, so both the approved time and the content's time move)."""

import datetime

from django.utils import timezone
from wagtail.models import Revision


def waiting_revisions(page):
    """`page`'s revisions approved to go live later."""
    return Revision.page_revisions.filter(object_id=str(page.pk), approved_go_live_at__isnull=False)


def time_comes_for(page):
    moment = timezone.now() - datetime.timedelta(minutes=1)
    for revision in waiting_revisions(page):
        revision.content["go_live_at"] = moment.isoformat()
        revision.approved_go_live_at = moment
        revision.save(update_fields=["content", "approved_go_live_at"])
