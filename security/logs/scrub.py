"""What must never reach a log line or an error report, found in text and replaced."""

import re

from django.conf import settings

HIDDEN = "********************"  # what Django's error reports show for a hidden value
# Bounded as addresses are (64 before the @, 63 per label): unbounded runs made scrubbing a
# long value without an @ take quadratic time, minutes for an error report of one long URL.
EMAIL = re.compile(r"[\w.+-]{1,64}(?:@|%40)[\w-]{1,63}(?:\.[\w-]{1,63})+")


def secret_names():
    """Cookies and fields whose values let someone act as the visitor: the session and CSRF
    cookies (by their configured names) and the form's CSRF field."""
    return {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, "csrfmiddlewaretoken"}


def secret_values_pattern():
    names = "|".join(re.escape(name) for name in sorted(secret_names()))
    # `sessionid=abc`, `'sessionid': 'abc'`, `csrftoken: abc` (a cookie header, a dict's repr,
    # a query string, a form body).
    return re.compile(rf"""(\b(?:{names})['"]?\s*[=:]\s*['"]?)[^\s;&'",}}]+""")


def scrub(text):
    """`text` with email addresses (also URL-encoded) and session or CSRF values replaced."""
    text = EMAIL.sub("[email]", str(text))
    return secret_values_pattern().sub(rf"\g<1>{HIDDEN}", text)


def scrub_values(value):
    """`scrub` applied to every string in nested dicts, lists and tuples (a Sentry event)."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {key: scrub_values(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(scrub_values(item) for item in value)
    return value
