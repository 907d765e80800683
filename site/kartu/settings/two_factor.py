"""Staff two-factor sign-in (security.two_factor; README "Two-factor sign-in for staff"), read
by base.py. The apps (django_otp and its TOTP and static-token plugins) and the middlewares
(django-otp's, then the security app's, after authentication) are listed in base.py."""

import os

# When on, everyone who can reach the Wagtail or Django admin needs a code from an authenticator
# app (or a recovery code) after the password. On in production (KARTU_REQUIRE_2FA=false turns it
# off), off here and so in the demo and tests (KARTU_REQUIRE_2FA=true turns it on in dev).
KARTU_REQUIRE_2FA = False

# The name authenticator apps show beside the account.
OTP_TOTP_ISSUER = os.environ.get("WAGTAIL_SITE_NAME", "Kartu")
