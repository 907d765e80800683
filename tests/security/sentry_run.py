"""Run by test_sentry.py in a process of its own, since the Sentry SDK patches Django for the
life of a process: starts the SDK as the production settings do, with a transport that keeps
events instead of sending them, sends the failing enquiry through Django's WSGI application
(as gunicorn does: the SDK reads the request there), and prints the events as JSON."""

import json

import django


def main():
    django.setup()
    import sentry_sdk
    from django.core.wsgi import get_wsgi_application
    from django.test import RequestFactory
    from django.test.utils import override_settings
    from sentry_sdk.transport import Transport

    from security.logs.sentry import init_sentry
    from tests.security.enquiry import FORM, PATH, URLCONF, VISITOR_IP, as_visitor

    events = []

    class KeepEvents(Transport):
        def capture_envelope(self, envelope):
            events.extend(item.get_event() for item in envelope.items if item.type == "event")

    init_sentry("https://public@sentry.invalid/1", transport=KeepEvents)
    request = as_visitor(RequestFactory(REMOTE_ADDR=VISITOR_IP)).post(PATH, FORM)
    with override_settings(ROOT_URLCONF=URLCONF):
        get_wsgi_application()(request.environ, lambda status, headers: None)
    sentry_sdk.flush()
    print(json.dumps(events))


if __name__ == "__main__":
    main()
