"""The security app in Wagtail's admin: the staff member's own two-factor page (Account → More
actions), a superuser's "Reset two-factor sign-in" on the Users listing, and that reset in the
audit log."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from security.two_factor import policy
from security.two_factor.devices import RESET_ACTION


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    if not policy.required():
        return None  # nothing asks for the second factor: no page to manage it
    return {
        "url": reverse("kartu_two_factor:manage"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Your authenticator app and recovery codes."),
    }


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    # Shown for every row without asking whether the account has a device: no query per row.
    if request_user.is_superuser:
        yield Button(
            _("Reset two-factor sign-in"),
            url=reverse("kartu_two_factor:reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )


@hooks.register("register_log_actions")
def register_reset_action(actions):
    actions.register_action(
        RESET_ACTION, _("Reset two-factor sign-in"), _("Two-factor sign-in reset")
    )
