"""Who needs a second factor, and on which addresses it is asked for."""

from django.conf import settings

from security.middleware import admin_prefixes

# Views a half-signed-in staff member may still reach: signing in and out, resetting a forgotten
# password, the pages that ask for the second factor, and what Wagtail's login look loads.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "admin:login",
    "admin:logout",
    "kartu_two_factor:verify",
    "kartu_two_factor:enrol",
    "kartu_two_factor:recovery_codes",
}
OPEN_VIEW_PREFIXES = ("wagtailadmin_password_reset",)


def required():
    return settings.KARTU_REQUIRE_2FA


def is_admin_address(path):
    """`path`: the request's full path (request.path, with the script prefix, as `reverse`
    gives the admins' addresses)."""
    return path.startswith(admin_prefixes())


def is_open_view(view_name):
    return view_name in OPEN_VIEWS or view_name.startswith(OPEN_VIEW_PREFIXES)


def is_staff(user):
    """Anyone who can reach an admin: Wagtail's (the access_admin permission, which editors and
    translators have through their groups) or Django's (is_staff)."""
    return user.is_active and (
        user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )
