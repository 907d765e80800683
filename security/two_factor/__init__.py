"""Staff two-factor sign-in (README "Two-factor sign-in for staff").

With `KARTU_REQUIRE_2FA` on, a password signs a staff member only half in: every admin view
(Wagtail's, wagtail-localize's editor, the admin API, Django's admin) sends them to `verify`
for a code from their authenticator app or a recovery code, or to `enrol` when they have
neither. django-otp keeps the devices (TOTP and static tokens), remembers the verified device in
the session and throttles wrong codes; this package holds the policy, the pages and the reset.
"""
