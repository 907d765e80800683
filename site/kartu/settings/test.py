"""Tests: fast password hashing, in-memory email, no DEBUG, media in a temporary folder."""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "kartu-tests-only"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost", ".localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="kartu-test-media-")
KARTU_PRIVATE_ROOT = tempfile.mkdtemp(prefix="kartu-test-private-")
STORAGES["default"] = {"BACKEND": "django.core.files.storage.FileSystemStorage"}  # noqa: F405
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    "OPTIONS": {},
}

# Serve static files straight from the finders: no collectstatic before tests.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The page cache stays out of the way of the other tests; tests/pagecache switches it on.
KARTU_PAGE_CACHE = False
# Django's test client logs in without a request, which django-axes refuses: tests/test_login_
# throttling.py switches it on.
AXES_ENABLED = False
# Staff two-factor sign-in stays off; tests/security switches it on where it is the subject.
KARTU_REQUIRE_2FA = False
