import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from tests.security.two_factor import PASSWORD, prefer_language
from tests.translations.users import make_user


@pytest.fixture
def editor(client, db):
    """The test client, logged in as a member of Wagtail's Editors group;
    `editor.language(code)` sets the admin language the editor chose."""
    user = make_user("editor", "Editors")

    def language(code):
        UserProfile.objects.filter(user=user).update(preferred_language=code)

    client.force_login(user)
    client.language = language
    return client


@pytest.fixture
def two_factor_required(settings):
    settings.KARTU_REQUIRE_2FA = True


@pytest.fixture
def staff_member(db):
    """A member of the Editors group (the admin through its access_admin permission, not
    is_staff) who has not signed in yet and reads the admin in English."""
    user = get_user_model().objects.create_user("ona", "ona@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    prefer_language(user, "en")
    return user


@pytest.fixture
def authenticator(staff_member):
    """The staff member's confirmed authenticator app."""
    return TOTPDevice.objects.create(user=staff_member, name="authenticator", confirmed=True)
