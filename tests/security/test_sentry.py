"""Sentry, when SENTRY_DSN is set, gets the failure and none of the visitor's personal data;
unset, the SDK is not even imported."""

import json
import os
import subprocess
import sys
from pathlib import Path

from security.logs.sentry import scrub_event
from tests.security.enquiry import ADDRESS, CSRF, ENQUIRY, SESSION, VISITOR_IP, assert_private

REPO = Path(__file__).resolve().parents[2]


def run(args, **env):
    """`python args…` in the repository with site/ on the path and `env` added."""
    environment = {key: value for key, value in os.environ.items() if key != "SENTRY_DSN"}
    environment.update(PYTHONPATH=f"{REPO}{os.pathsep}{REPO / 'site'}", **env)
    result = subprocess.run(
        [sys.executable, *args], cwd=REPO, env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def production(code, **env):
    settings = {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "kartu.example"}
    return run(
        ["-c", f"import django, sys; django.setup(); {code}"],
        DJANGO_SETTINGS_MODULE="kartu.settings.production",
        **settings,
        **env,
    )


def test_without_sentry_dsn_production_does_not_import_the_sdk():
    assert production("print('sentry_sdk' in sys.modules)") == "False"


def test_with_sentry_dsn_production_starts_the_sdk_without_personal_data():
    options = production(
        "import sentry_sdk; o = sentry_sdk.get_client().options; "
        "print(o['send_default_pii'], o['before_send'].__name__, o['max_request_body_size'], "
        "o['include_local_variables'])",
        SENTRY_DSN="https://public@sentry.invalid/1",
    )
    assert options == "False scrub_event never False"


def test_failed_request_reaches_sentry_without_personal_data():
    events = json.loads(
        run(["tests/security/sentry_run.py"], DJANGO_SETTINGS_MODULE="kartu.settings.test")
    )
    (event,) = events
    (exception,) = event["exception"]["values"]
    assert exception["type"] == "ValueError"
    assert exception["value"] == "Could not store the enquiry from [email]"
    assert event["request"]["url"].endswith("/enquiry/")
    assert_private(json.dumps(event, ensure_ascii=False))


def test_scrub_event_keeps_the_failure_and_drops_what_identifies_the_visitor():
    event = {
        "message": f"Search failed for query '{ADDRESS}'",
        "request": {
            "url": "https://kartu.example/enquiry/",
            "query_string": f"reply_to={ADDRESS.replace('@', '%40')}",
            "data": {"email": ADDRESS, "message": ENQUIRY},
            "cookies": {"sessionid": SESSION, "csrftoken": CSRF},
            "headers": {"Cookie": f"sessionid={SESSION}", "X-CSRFToken": CSRF, "Accept": "*/*"},
        },
        "user": {"id": "7", "email": ADDRESS, "ip_address": VISITOR_IP},
        "exception": {
            "values": [
                {
                    "type": "ValueError",
                    "value": f"Could not store the enquiry from {ADDRESS}",
                    "stacktrace": {"frames": [{"function": "post", "vars": {"m": ENQUIRY}}]},
                }
            ]
        },
        "breadcrumbs": {"values": [{"message": f"Cookie: sessionid={SESSION}"}]},
    }
    scrubbed = scrub_event(event)
    assert scrubbed["exception"]["values"][0]["value"] == "Could not store the enquiry from [email]"
    assert scrubbed["request"]["headers"]["Accept"] == "*/*"
    assert scrubbed["user"] == {"id": "7"}
    text = json.dumps(scrubbed, ensure_ascii=False)
    assert_private(text)
