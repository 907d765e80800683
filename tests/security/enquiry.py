"""A visitor's enquiry that fails on the server, and what of it must stay out of logs and
error reports, for the logging and Sentry tests."""

ADDRESS = "ona.puodziute@example.org"
ENQUIRY = "Norėčiau užsakyti juodosios keramikos puodą"
SESSION = "k7m2sessionvalue9q4w8e1r5t3y6u0i"
CSRF = "Zx9csrfvalue8Yw7Vu6Ts5Rq4Po3Nm2L"  # 32 characters, as Django makes them
VISITOR_IP = "203.0.113.54"
URLCONF = "tests.security.urls"  # its /enquiry/ fails with the address in the exception


PATH = f"/enquiry/?reply_to={ADDRESS}"
FORM = {"email": ADDRESS, "message": ENQUIRY, "csrfmiddlewaretoken": CSRF}


def as_visitor(client):
    """A test client or request factory (made with REMOTE_ADDR=VISITOR_IP) that sends the
    visitor's session and CSRF cookies; post `FORM` to `PATH` with it."""
    client.cookies["sessionid"] = SESSION
    client.cookies["csrftoken"] = CSRF
    return client


def assert_private(text):
    for secret in [ADDRESS, ADDRESS.replace("@", "%40"), ENQUIRY, SESSION, CSRF, VISITOR_IP]:
        assert secret not in text
