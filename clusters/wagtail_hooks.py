"""Craft sectors and regions in the admin's "Reference data" menu; the "Members' records" menu
of publication consents and cooperation enquiries (clusters.records_admin); the consent check
before a member profile is published (clusters.publish_gate) and the page history entries
that consents and erasures leave."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail_modeladmin.options import modeladmin_register

from home.reference_data import ReferenceDataViewSet

from . import publish_gate
from .erasure import ERASED_LOG_ACTION
from .models import CraftSector, Region
from .models.consents import SCHEDULE_CANCELLED_LOG_ACTION, UNPUBLISHED_LOG_ACTION
from .records_admin import MemberRecordsGroup


class CraftSectorViewSet(ReferenceDataViewSet):
    menu_order = 5
    model = CraftSector
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class RegionViewSet(ReferenceDataViewSet):
    menu_order = 6
    model = Region
    icon = "site"
    list_display = ["name", "country", "locale"]
    list_filter = ["country", "locale"]


register_snippet(CraftSectorViewSet)
register_snippet(RegionViewSet)
modeladmin_register(MemberRecordsGroup)

hooks.register("before_publish_page", publish_gate.before_publish_page)
hooks.register("before_bulk_action", publish_gate.before_bulk_action)


@hooks.register("register_log_actions")
def register_consent_log_actions(actions):
    @actions.register_action(UNPUBLISHED_LOG_ACTION)
    class ConsentEnded(LogFormatter):
        label = _("Unpublish: consent ended")

        def format_message(self, log_entry):
            if (log_entry.data or {}).get("reason") == "deleted":
                return _("Unpublished in every language: the consent record was deleted")
            return _("Unpublished in every language: the member withdrew their consent")

    actions.register_action(
        SCHEDULE_CANCELLED_LOG_ACTION,
        _("Schedule cancelled: no consent"),
        _("Scheduled publishing cancelled: no current consent to publication"),
    )
    actions.register_action(
        ERASED_LOG_ACTION, _("Erase member"), _("Member profile erased on request")
    )
