"""The "Evidence pack" action of a project page in the admin, and the URLs of its views."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from compliance.permissions import can_edit
from projects.models import ProjectPage

from . import views


@hooks.register("register_admin_urls")
def evidence_urls():
    return [
        path(
            "compliance/evidence/<int:page_id>/",
            views.EvidencePackIndexView.as_view(),
            name="compliance_evidence_packs",
        ),
        path(
            "compliance/evidence/pack/<int:pack_id>/download/",
            views.download,
            name="compliance_evidence_download",
        ),
    ]


def evidence_button(page, user, priority):
    if issubclass(page.specific_class or type(page), ProjectPage) and can_edit(user, page):
        yield Button(
            _("Evidence pack"),
            reverse("compliance_evidence_packs", args=[page.pk]),
            icon_name="download",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def evidence_header_button(page, user, view_name, next_url=None):
    yield from evidence_button(page, user, priority=76)


@hooks.register("register_page_listing_more_buttons")
def evidence_listing_button(page, user, next_url=None):
    yield from evidence_button(page, user, priority=56)
