"""The "Poster (A3 PDF)" action of a project page in the admin: in its header's menu and in
the page listing's "more" menu, for users who may edit the page. The poster is in the page's
own language: each translation has its own."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from compliance.buttons import project_page_button

from . import views


@hooks.register("register_admin_urls")
def poster_urls():
    return [path("compliance/poster/<int:page_id>/", views.poster, name="compliance_poster")]


def poster_button(page, user, priority):
    label = _("Poster (A3 PDF)")
    yield from project_page_button(page, user, label, "compliance_poster", "doc-full", priority)


@hooks.register("register_page_header_buttons")
def poster_header_button(page, user, view_name, next_url=None):
    yield from poster_button(page, user, priority=75)


@hooks.register("register_page_listing_more_buttons")
def poster_listing_button(page, user, next_url=None):
    yield from poster_button(page, user, priority=55)
