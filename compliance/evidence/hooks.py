"""The "Evidence pack" action of a project page in the admin, and the URLs of its views."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from compliance.buttons import project_page_button

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
    label = _("Evidence pack")
    yield from project_page_button(
        page, user, label, "compliance_evidence_packs", "download", priority
    )


@hooks.register("register_page_header_buttons")
def evidence_header_button(page, user, view_name, next_url=None):
    yield from evidence_button(page, user, priority=76)


@hooks.register("register_page_listing_more_buttons")
def evidence_listing_button(page, user, next_url=None):
    yield from evidence_button(page, user, priority=56)
