"""Local development: DEBUG on, SQLite by default, a fixed throwaway key."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "django-insecure-kartu-development-only")
# `.localhost`: the network demo's sites (taurage.localhost, lielupe.localhost) resolve to this
# machine in modern browsers without any configuration.
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", ".localhost", "[::1]"]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Tasks run in the request; KARTU_TASKS=database tries the worker (`make worker`).
KARTU_TASKS = os.environ.get("KARTU_TASKS", "immediate")
TASKS, INSTALLED_APPS = task_settings(KARTU_TASKS, INSTALLED_APPS)  # noqa: F405

# Serve static files straight from the finders: no collectstatic before tests.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Staff two-factor sign-in is off unless KARTU_REQUIRE_2FA=true (production turns it on).
KARTU_REQUIRE_2FA = os.environ.get("KARTU_REQUIRE_2FA", "false").lower() == "true"
