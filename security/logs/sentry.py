"""Error reporting to Sentry, imported only when SENTRY_DSN is set (production settings).

Server side only: the site loads no Sentry script in visitors' browsers. The SDK is told to
send no personal data, no request bodies and no local variables, and every event passes
through `scrub_event` on its way out. Log records reach the SDK's logging integration after
the handlers LOGGING configures, so their messages are already scrubbed by then."""

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

from security.logs.scrub import HIDDEN, scrub_values

SECRET_HEADERS = {"authorization", "cookie", "proxy-authorization", "set-cookie", "x-csrftoken"}


def init_sentry(dsn, **options):
    """Start the SDK (environment and release come from SENTRY_ENVIRONMENT and SENTRY_RELEASE,
    as the SDK reads them); `options` are for tests (a transport that sends nothing)."""
    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        max_request_body_size="never",
        include_local_variables=False,
        before_send=scrub_event,
        before_send_transaction=scrub_event,
        **options,
    )


def frames(event):
    for section in ("exception", "threads"):
        for value in (event.get(section) or {}).get("values") or []:
            yield from (value.get("stacktrace") or {}).get("frames") or []


def scrub_event(event, hint=None):
    """The event without request body, cookies, secret headers, user details beyond an id or
    local variables, and with email addresses and session or CSRF values replaced in every
    string (messages, exception values, URLs, breadcrumbs)."""
    request = event.get("request")
    if isinstance(request, dict):
        request.pop("data", None)
        request.pop("cookies", None)
        headers = request.get("headers")
        if isinstance(headers, dict):
            for name in headers:
                if name.lower() in SECRET_HEADERS:
                    headers[name] = HIDDEN
    if isinstance(event.get("user"), dict):
        event["user"] = {key: value for key, value in event["user"].items() if key == "id"}
    for frame in frames(event):
        frame.pop("vars", None)
    return scrub_values(event)
