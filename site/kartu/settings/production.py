"""Production: everything from the environment, HTTPS enforced, static files hashed."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set ALLOWED_HOSTS in the environment (comma-separated).")

# Tasks wait for `manage.py db_worker` unless KARTU_TASKS says otherwise (README).
KARTU_TASKS = os.environ.get("KARTU_TASKS", "database")
TASKS, INSTALLED_APPS = task_settings(KARTU_TASKS, INSTALLED_APPS)  # noqa: F405

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

# Staff need their second factor (README "Two-factor sign-in for staff").
KARTU_REQUIRE_2FA = os.environ.get("KARTU_REQUIRE_2FA", "true").lower() != "false"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
# Load balancers probe /health/ over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Browsers fetch any http: address a page still names over HTTPS instead (report-only
# policies ignore this directive).
for _policy in (
    CONTENT_SECURITY_POLICY,  # noqa: F405
    KARTU_ADMIN_STRICT_CONTENT_SECURITY_POLICY,  # noqa: F405
    KARTU_ADMIN_CONTENT_SECURITY_POLICY,  # noqa: F405
):
    _policy["DIRECTIVES"]["upgrade-insecure-requests"] = True
# Requests enqueue their email; the worker sends it through EMAIL_BACKEND from the environment.
EMAIL_BACKEND = "home.background_email.BackgroundEmailBackend"
KARTU_EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")

# Error reports to Sentry when SENTRY_DSN is set (README "Logs and error reports"): from the
# server only, without personal data. Unset, nothing of the SDK is imported or sent.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    from security.logs.sentry import init_sentry

    init_sentry(SENTRY_DSN)
