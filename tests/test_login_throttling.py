"""django-axes: five wrong passwords for one username from one address pause that sign-in, with
a translated message that does not say whether the account exists."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from home.client_ip import client_ip

LOGIN = "/admin/login/"
PASSWORD = "Lininis-rankšluostis-7"


@pytest.fixture(autouse=True)
def throttling(settings):
    settings.AXES_ENABLED = True


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "ona", "ona@example.org", PASSWORD, is_staff=True, is_superuser=True
    )


def sign_in(client, username, password, address="203.0.113.5", **headers):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="lt",
        **headers,
    )


def fail_five_times(client, username, **kwargs):
    """Four wrong passwords get the form again with its error; the fifth pauses the sign-in."""
    for _ in range(4):
        assert sign_in(client, username, "neteisingas", **kwargs).status_code == 200
    assert sign_in(client, username, "neteisingas", **kwargs).status_code == 429


def test_after_five_wrong_passwords_even_the_right_one_is_paused_with_a_message(client, editor):
    fail_five_times(client, "ona")
    response = sign_in(client, "ona", PASSWORD)
    assert response.status_code == 429
    assert "Prisijungimas laikinai sustabdytas" in response.content.decode()
    assert not client.session.get("_auth_user_id")


def test_an_unknown_username_is_paused_with_the_same_message(client, db):
    fail_five_times(client, "nera-tokio")
    response = sign_in(client, "nera-tokio", "bet kas")
    assert response.status_code == 429
    assert "Prisijungimas laikinai sustabdytas" in response.content.decode()


def test_the_pause_holds_for_that_address_only(client, editor):
    fail_five_times(client, "ona")
    response = sign_in(client, "ona", PASSWORD, address="198.51.100.7")
    assert response.status_code == 302  # signed in from another address


def test_an_administrator_lifts_the_pause_with_a_command(client, editor):
    fail_five_times(client, "ona")
    assert sign_in(client, "ona", PASSWORD).status_code == 429
    call_command("axes_reset_username", "ona", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert sign_in(client, "ona", PASSWORD).status_code == 302


def test_a_forwarded_for_header_is_ignored_unless_proxies_are_trusted(client, editor):
    """Without KARTU_TRUSTED_PROXIES, a client cannot escape the pause by inventing addresses."""
    for number in range(5):
        sign_in(client, "ona", "neteisingas", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")
    assert sign_in(client, "ona", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99").status_code == 429


def test_behind_a_trusted_proxy_the_address_it_saw_counts(rf, settings):
    settings.KARTU_TRUSTED_PROXIES = 1
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9")
    assert client_ip(request) == "203.0.113.9"  # not the client's own "1.2.3.4"
    settings.KARTU_TRUSTED_PROXIES = 0
    assert client_ip(request) == "10.0.0.2"


@pytest.mark.parametrize("forwarded", ["garbage", "1.2.3.4, ::::", "203.0.113.9:4431"])
def test_a_forwarded_hop_that_is_no_address_counts_as_the_remote_address(rf, settings, forwarded):
    settings.KARTU_TRUSTED_PROXIES = 1
    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == "10.0.0.2"


def test_a_sign_in_with_a_forwarded_hop_that_is_no_address_gets_the_form_again(
    client, editor, settings
):
    """PostgreSQL refuses a non-address in django-axes' address column: this was a 500."""
    settings.KARTU_TRUSTED_PROXIES = 1
    response = sign_in(client, "ona", "neteisingas", HTTP_X_FORWARDED_FOR="garbage")
    assert response.status_code == 200
    assert sign_in(client, "ona", PASSWORD, HTTP_X_FORWARDED_FOR="garbage").status_code == 302
