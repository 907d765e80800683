"""The "Poster (A3 PDF)" action of a project page in the admin: in its header's menu and in
the page listing's "more" menu, for users who may edit the page. The poster is in the page's
own language: each translation has its own."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from compliance.permissions import can_edit
from projects.models import ProjectPage

from . import views


@hooks.register("register_admin_urls")
def poster_urls():
    return [path("compliance/poster/<int:page_id>/", views.poster, name="compliance_poster")]


def poster_button(page, user, priority):
    if issubclass(page.specific_class or type(page), ProjectPage) and can_edit(user, page):
        yield Button(
            _("Poster (A3 PDF)"),
            reverse("compliance_poster", args=[page.pk]),
            icon_name="doc-full",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def poster_header_button(page, user, view_name, next_url=None):
    yield from poster_button(page, user, priority=75)


@hooks.register("register_page_listing_more_buttons")
def poster_listing_button(page, user, next_url=None):
    yield from poster_button(page, user, priority=55)
