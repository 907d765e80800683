"""The translation status report: a Reports menu item, its admin URL and a dashboard panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from kartu.translation_status import user_can_view_translation_status
from kartu.translation_status_views import TranslationStatusPanel, TranslationStatusReportView


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_view_translation_status(request.user)


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="kartu_translation_status",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("kartu_translation_status"),
        name="translation-status",
        icon_name="site",
        order=900,
    )


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if user_can_view_translation_status(request.user):
        panels.append(TranslationStatusPanel())
