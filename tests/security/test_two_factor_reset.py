"""An administrator resets a staff member's second factor (a lost phone and no recovery codes),
from the Users listing or with `manage.py reset_2fa`; the staff member then enrols again."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from security.two_factor.devices import RESET_ACTION, new_recovery_codes
from tests.security.two_factor import DASHBOARD, ENROL, PASSWORD, code_of, sign_in

pytestmark = pytest.mark.usefixtures("two_factor_required")


@pytest.fixture
def administrator(db):
    """A superuser who passed their own second factor."""
    user = get_user_model().objects.create_superuser("rasa", "rasa@example.org", PASSWORD)
    return TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)


def signed_in_fully(client, device):
    sign_in(client, device.user)
    client.post("/admin/two-factor/verify/", {"code": code_of(device)})
    assert client.get(DASHBOARD).status_code == 200
    return client


def test_reset_2fa_sends_the_user_back_to_enrolment(client, authenticator):
    new_recovery_codes(authenticator.user)
    call_command("reset_2fa", "ona", stdout=io.StringIO())
    sign_in(client, authenticator.user)
    assert client.get(DASHBOARD)["Location"].startswith(ENROL)


def test_reset_2fa_says_what_it_removed(authenticator):
    new_recovery_codes(authenticator.user)
    out = io.StringIO()
    call_command("reset_2fa", "ona", stdout=out)
    assert "Removed 2 second-factor device(s) of ona" in out.getvalue()


def test_reset_2fa_refuses_an_unknown_username(db):
    with pytest.raises(CommandError, match="No user 'nobody'"):
        call_command("reset_2fa", "nobody")


def test_a_reset_ends_the_verified_session_of_the_user_too(client, authenticator):
    signed_in_fully(client, authenticator)
    call_command("reset_2fa", "ona", stdout=io.StringIO())
    assert client.get(DASHBOARD)["Location"].startswith(ENROL)


def test_the_users_listing_offers_a_superuser_the_reset(client, administrator, authenticator):
    signed_in_fully(client, administrator)
    listing = client.get("/admin/users/").content.decode()
    assert f'href="/admin/two-factor/reset/{authenticator.user.pk}/"' in listing


def test_a_superuser_resets_a_second_factor(client, administrator, authenticator):
    """In the administrator's language: Lithuanian, the site's first."""
    signed_in_fully(client, administrator)
    reset = f"/admin/two-factor/reset/{authenticator.user.pk}/"
    assert "Bus pašalinta naudotojo ona autentifikavimo programėlė ir atkūrimo kodai." in (
        client.get(reset).content.decode()
    )
    response = client.post(reset, follow=True)
    assert "Naudotojo ona dviejų veiksnių prisijungimas panaikintas" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=authenticator.user).exists()


def test_the_reset_is_in_the_audit_log_with_who_did_it(client, administrator, authenticator):
    signed_in_fully(client, administrator)
    client.post(f"/admin/two-factor/reset/{authenticator.user.pk}/")
    entry = ModelLogEntry.objects.get(action=RESET_ACTION)
    assert (entry.object_id, entry.user) == (str(authenticator.user.pk), administrator.user)


def test_an_editor_cannot_reset_anyone(client, authenticator, administrator):
    signed_in_fully(client, authenticator)
    response = client.post(f"/admin/two-factor/reset/{administrator.user.pk}/")
    assert response.status_code == 403
    assert TOTPDevice.objects.filter(user=administrator.user).exists()
    assert f"/admin/two-factor/reset/{administrator.user.pk}/" not in (
        client.get("/admin/users/").content.decode()
    )


def test_the_reset_page_needs_the_administrators_own_second_factor(client, administrator):
    sign_in(client, administrator.user)
    response = client.get(f"/admin/two-factor/reset/{administrator.user.pk}/")
    assert response["Location"].startswith("/admin/two-factor/verify/")
