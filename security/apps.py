from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """What keeps the install trustworthy across apps: staff two-factor sign-in, upload limits,
    security headers, logs without personal data, backups (README "Security", SECURITY.md)."""

    name = "security"
    label = "kartu_security"
    verbose_name = _("Security")
