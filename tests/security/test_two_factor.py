"""With KARTU_REQUIRE_2FA on, a password signs a staff member only half in: the admin opens
after a code from their authenticator app or a recovery code, and wrong codes are refused and
throttled."""

import pytest
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_static.models import StaticToken

from security.two_factor.devices import new_recovery_codes
from tests.security.two_factor import (
    DASHBOARD,
    PASSWORD,
    VERIFY,
    code_of,
    prefer_language,
    shown_messages,
    sign_in,
)

pytestmark = pytest.mark.usefixtures("two_factor_required")


def verify(client, code, next_url=DASHBOARD):
    return client.post(VERIFY, {"code": code, "next": next_url})


def test_a_password_alone_does_not_open_the_dashboard(client, authenticator):
    sign_in(client, authenticator.user)
    response = client.get(DASHBOARD)
    assert response.status_code == 302
    assert response["Location"] == f"{VERIFY}?next=/admin/"
    page = client.get(response["Location"]).content.decode()
    assert "Now enter the code your authenticator app shows" in page


@pytest.mark.parametrize(
    "address",
    [
        "/admin/pages/",
        "/admin/api/main/pages/",
        "/admin/users/",
        "/admin/localize/",
        "/admin/two-factor/",
        "/django-admin/",
        "/admin/no-such-view/",
    ],
)
def test_no_admin_address_opens_with_a_password_alone(client, authenticator, address):
    authenticator.user.is_staff = True  # so that Django's admin would let them in
    authenticator.user.save()
    sign_in(client, authenticator.user)
    response = client.get(address)
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)


def test_the_admins_background_requests_are_refused_not_redirected(client, authenticator):
    sign_in(client, authenticator.user)
    response = client.get("/admin/api/main/pages/", HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 403


def test_the_code_of_the_authenticator_opens_the_dashboard(client, authenticator):
    sign_in(client, authenticator.user)
    response = verify(client, code_of(authenticator), next_url="/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get(DASHBOARD).status_code == 200


def test_a_next_address_on_another_site_is_ignored(client, authenticator):
    sign_in(client, authenticator.user)
    response = verify(client, code_of(authenticator), next_url="https://evil.example/")
    assert response["Location"] == DASHBOARD


def test_a_next_address_back_into_these_steps_leads_to_the_dashboard(client, authenticator):
    sign_in(client, authenticator.user)
    response = verify(client, code_of(authenticator), next_url=f"{VERIFY}?next={VERIFY}")
    assert response["Location"] == DASHBOARD


def test_a_wrong_code_is_refused_with_its_message(client, authenticator):
    sign_in(client, authenticator.user)
    response = verify(client, "000000" if code_of(authenticator) != "000000" else "111111")
    assert response.status_code == 200
    assert shown_messages(response)[0].startswith("This code is not valid.")
    assert client.get(DASHBOARD).status_code == 302


def test_the_refusal_is_in_the_editors_language(client, authenticator):
    prefer_language(authenticator.user, "lt")
    sign_in(client, authenticator.user)
    response = verify(client, "12345")
    assert shown_messages(response)[0].startswith("Šis kodas netinka.")


def test_after_a_wrong_code_even_the_right_one_waits(client, authenticator, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 60  # a minute's wait after one failure: slow machines too
    sign_in(client, authenticator.user)
    wrong = "000000" if code_of(authenticator) != "000000" else "111111"
    verify(client, wrong)
    response = verify(client, code_of(authenticator))
    assert shown_messages(response)[0].startswith("Too many wrong codes in a row. You can try")
    assert client.get(DASHBOARD).status_code == 302


def test_a_code_is_accepted_only_once(client, authenticator):
    sign_in(client, authenticator.user)
    code = code_of(authenticator)
    verify(client, code)
    client.logout()
    sign_in(client, authenticator.user)
    response = verify(client, code)
    assert "This code is not valid." in response.content.decode()


def test_a_recovery_code_works_once(client, authenticator):
    first, *_others = new_recovery_codes(authenticator.user)
    sign_in(client, authenticator.user)
    response = verify(client, first.upper())
    assert response["Location"] == DASHBOARD
    assert "Recovery codes left: 9." in client.get(DASHBOARD).content.decode()  # Wagtail's list
    client.logout()
    sign_in(client, authenticator.user)
    assert "This code is not valid." in verify(client, first).content.decode()
    assert client.get(DASHBOARD).status_code == 302


def test_a_wrong_recovery_code_does_not_throttle_the_authenticator(client, authenticator):
    new_recovery_codes(authenticator.user)
    sign_in(client, authenticator.user)
    verify(client, "notacode")
    assert verify(client, code_of(authenticator))["Location"] == DASHBOARD


def test_with_login_throttling_on_the_password_and_then_the_code_sign_in(
    client, authenticator, settings
):
    settings.AXES_ENABLED = True  # django-axes checks the password step only
    sign_in(client, authenticator.user)
    assert verify(client, code_of(authenticator))["Location"] == DASHBOARD


def test_with_the_setting_off_a_password_opens_the_dashboard(client, authenticator, settings):
    settings.KARTU_REQUIRE_2FA = False
    sign_in(client, authenticator.user)
    assert client.get(DASHBOARD).status_code == 200


def test_the_account_page_links_to_the_two_factor_page_only_when_it_is_required(
    client, authenticator, settings
):
    client.force_login(authenticator.user)
    verify(client, code_of(authenticator))
    assert 'href="/admin/two-factor/"' in client.get("/admin/account/").content.decode()
    settings.KARTU_REQUIRE_2FA = False
    assert 'href="/admin/two-factor/"' not in client.get("/admin/account/").content.decode()


def test_a_signed_in_visitor_without_admin_access_is_not_asked(client, db):
    member = get_user_model().objects.create_user("jonas", password=PASSWORD)
    client.force_login(member)
    response = client.get(DASHBOARD)
    assert response["Location"].startswith("/admin/login/")  # Wagtail's refusal, as before


def test_anonymous_visitors_of_the_admin_go_to_the_login_page_as_before(client, db):
    assert client.get(DASHBOARD)["Location"] == "/admin/login/?next=/admin/"
    assert client.get(VERIFY)["Location"] == f"/admin/login/?next={VERIFY}"


def test_the_login_page_stays_open_to_a_half_signed_in_editor(client, authenticator):
    sign_in(client, authenticator.user)
    response = client.get("/admin/login/")
    assert response.status_code == 302  # Wagtail sends a signed-in user on to the dashboard…
    assert client.get(response["Location"])["Location"].startswith(VERIFY)  # …which asks


def test_no_code_is_stored_in_the_clear_in_the_session_after_verifying(client, authenticator):
    codes = new_recovery_codes(authenticator.user)
    sign_in(client, authenticator.user)
    verify(client, codes[0])
    assert not set(codes) & {str(value) for value in client.session.values()}
    assert StaticToken.objects.filter(token=codes[0]).count() == 0
