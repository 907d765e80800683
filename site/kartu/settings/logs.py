"""Logging without personal data (security.logs), read by base.py."""

import os

# Logs and error reports carry no email address, form data, cookie or session value (README
# "Logs and error reports"): every handler scrubs the records it writes (security.logs), and
# error reports show form fields and cookies without their values. This replaces Django's
# default handlers, so none of them writes or mails a record unscrubbed.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "personal_data": {"()": "security.logs.filters.PersonalDataFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["personal_data"]},
        # runserver's request lines, whose query strings may hold an address.
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["personal_data"],
        },
        # Error emails to ADMINS (none unless a deployer sets them).
        "mail_admins": {
            "class": "security.logs.reports.ScrubbedAdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false", "personal_data"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Django's own records also reach the root's console.
        "django": {"handlers": ["mail_admins"], "level": "INFO"},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}
DEFAULT_EXCEPTION_REPORTER_FILTER = "security.logs.reports.PrivateExceptionReporterFilter"
