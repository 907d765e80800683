"""Staff accounts, password sign-in and authenticator codes for the two-factor tests."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

PASSWORD = "Lininis-rankšluostis-7"
DASHBOARD = "/admin/"
VERIFY = "/admin/two-factor/verify/"
ENROL = "/admin/two-factor/enrol/"


@pytest.fixture
def two_factor_required(settings):
    settings.KARTU_REQUIRE_2FA = True


@pytest.fixture
def editor(db):
    """An editor of the Editors group (the admin through its access_admin permission, not
    is_staff), who reads the admin in English."""
    user = get_user_model().objects.create_user("ona", "ona@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    prefer_language(user, "en")
    return user


def prefer_language(user, code):
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language=code)


@pytest.fixture
def authenticator(editor):
    """The editor's confirmed authenticator app."""
    return TOTPDevice.objects.create(user=editor, name="authenticator", confirmed=True)


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
