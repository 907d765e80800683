"""Helpers of the two-factor tests: the addresses, an authenticator's current code, password
sign-in and the messages a two-factor page shows."""

import re

from django_otp.oath import totp
from wagtail.users.models import UserProfile

PASSWORD = "Lininis-rankšluostis-7"
DASHBOARD = "/admin/"
VERIFY = "/admin/two-factor/verify/"
ENROL = "/admin/two-factor/enrol/"


def prefer_language(user, code):
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language=code)


def code_of(device, steps_ahead=0):
    """The code the app shows now (or `steps_ahead` 30-second steps later: still accepted, one
    step of clock drift, and not yet used)."""
    code = totp(device.bin_key, device.step, device.t0, device.digits, device.drift + steps_ahead)
    return f"{code:06d}"


def sign_in(client, user, password=PASSWORD):
    """Sign in with the password alone, through Wagtail's login page."""
    response = client.post("/admin/login/", {"username": user.get_username(), "password": password})
    assert response.status_code == 302, response.content[:300]
    return response


def shown_messages(response):
    """The messages and errors at the top of a two-factor page: what the editor sees (Wagtail's
    sign-in look hides the error under a field)."""
    shown = r'<li class="(?:error|warning|success)">(.*?)</li>'
    return re.findall(shown, response.content.decode())
