"""A staff member without a second factor sets one up: scans a QR code drawn on the server (or
types the key), confirms a code, and sees ten recovery codes once."""

import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from security.two_factor.views import SECRET_SESSION_KEY
from tests.queries import count_queries
from tests.security.two_factor import DASHBOARD, ENROL, VERIFY, shown_messages, sign_in

pytestmark = pytest.mark.usefixtures("two_factor_required")

RECOVERY_CODES = "/admin/two-factor/recovery-codes/"


def current_code(client):
    """What the editor's app shows for the key of the enrolment page."""
    secret = bytes.fromhex(client.session[SECRET_SESSION_KEY])
    return f"{totp(secret):06d}"


def test_without_a_second_factor_the_dashboard_sends_to_enrolment(client, staff_member):
    sign_in(client, staff_member)
    response = client.get(DASHBOARD)
    assert response["Location"] == f"{ENROL}?next=/admin/"


def test_the_enrolment_page_shows_a_qr_code_and_the_key_to_type(client, staff_member):
    sign_in(client, staff_member)
    page = client.get(ENROL).content.decode()
    assert re.search(r'<div class="kartu-two-factor__qr" role="img" aria-label="[^"]+"><svg', page)
    key = re.search(r'<code class="kartu-two-factor__secret">([A-Z2-7 ]+)</code>', page)
    assert len(key.group(1).replace(" ", "")) == 32  # 20 random bytes in base32


def test_the_enrolment_page_has_no_inline_script_or_style(client, staff_member):
    """The admin will get a strict Content-Security-Policy: code and style from files only
    (JSON data blocks are no code)."""
    sign_in(client, staff_member)
    page = client.get(ENROL).content.decode()
    assert not re.search(r'<script(?![^>]*\b(src=|type="application/json"))[^>]*>', page)
    assert "<style" not in page
    assert " style=" not in page


def test_a_wrong_code_stores_no_device(client, staff_member):
    sign_in(client, staff_member)
    client.get(ENROL)
    wrong = "000000" if current_code(client) != "000000" else "111111"
    response = client.post(ENROL, {"code": wrong})
    assert shown_messages(response)[0].startswith("This code does not match.")
    assert not TOTPDevice.objects.filter(user=staff_member).exists()
    assert client.get(DASHBOARD)["Location"].startswith(ENROL)


def test_the_right_code_confirms_the_device_and_opens_the_dashboard(client, staff_member):
    sign_in(client, staff_member)
    client.get(ENROL)
    secret = client.session[SECRET_SESSION_KEY]
    response = client.post(ENROL, {"code": current_code(client), "next": "/admin/pages/"})
    assert response["Location"] == f"{RECOVERY_CODES}?next=/admin/pages/"
    device = TOTPDevice.objects.get(user=staff_member)
    assert device.confirmed and device.key == secret
    assert client.get(DASHBOARD).status_code == 200


def test_ten_recovery_codes_are_shown_once(client, staff_member):
    sign_in(client, staff_member)
    client.get(ENROL)
    client.post(ENROL, {"code": current_code(client)})
    page = client.get(RECOVERY_CODES).content.decode()
    shown = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", page)
    assert sorted(shown) == sorted(StaticToken.objects.values_list("token", flat=True))
    assert len(shown) == 10
    assert client.get(RECOVERY_CODES)["Location"] == DASHBOARD  # not a second time


def test_the_key_stays_the_same_while_the_page_is_reloaded(client, staff_member):
    sign_in(client, staff_member)
    first = client.get(ENROL).content.decode()
    second = client.get(ENROL).content.decode()
    key = re.compile(r'__secret">([A-Z2-7 ]+)<')
    assert key.search(first).group(1) == key.search(second).group(1)


def test_a_password_alone_cannot_replace_an_existing_authenticator(client, authenticator):
    sign_in(client, authenticator.user)
    assert client.get(ENROL)["Location"].startswith(VERIFY)


def test_new_recovery_codes_replace_the_old_ones(client, authenticator):
    from security.two_factor.devices import new_recovery_codes

    old = new_recovery_codes(authenticator.user)
    client.force_login(authenticator.user)
    with_code = client.post(VERIFY, {"code": old[0]})
    assert with_code["Location"] == DASHBOARD
    response = client.post(RECOVERY_CODES, {"next": "/admin/two-factor/"})
    page = client.get(response["Location"]).content.decode()
    new = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", page)
    assert len(new) == 10
    assert not StaticToken.objects.filter(token__in=old[1:]).exists()


def test_public_pages_cost_no_extra_query(client, site_tree, settings):
    """Anonymous visitors: the middleware looks at nothing outside the admin's addresses."""
    settings.KARTU_REQUIRE_2FA = False
    without = count_queries(client, site_tree.home.url)
    settings.KARTU_REQUIRE_2FA = True
    assert count_queries(client, site_tree.home.url) == without
