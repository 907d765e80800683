"""A request that fails leaves a log line and an error report with the failure, and without
the visitor's email address, what they wrote, or their session and CSRF values."""

import io
import logging

import pytest
from django.core import mail
from django.http import QueryDict
from django.test import Client

from security.logs.filters import PersonalDataFilter
from tests.security.enquiry import (
    ADDRESS,
    CSRF,
    ENQUIRY,
    FORM,
    PATH,
    SESSION,
    URLCONF,
    VISITOR_IP,
    as_visitor,
    assert_private,
)


@pytest.fixture
def log_output():
    """What the console handler LOGGING configures writes, for the length of a test."""
    (handler,) = [
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(f, PersonalDataFilter) for f in handler.filters)
    ]
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


@pytest.fixture
def failed_enquiry(settings):
    settings.ROOT_URLCONF = URLCONF
    settings.ADMINS = [("Kartu operations", "ops@kartu.example")]
    visitor = as_visitor(Client(raise_request_exception=False, REMOTE_ADDR=VISITOR_IP))
    assert visitor.post(PATH, FORM).status_code == 500


def test_log_line_of_a_failed_request_names_the_failure_and_no_personal_data(
    log_output, failed_enquiry
):
    text = log_output.getvalue()
    assert "Internal Server Error: /enquiry/" in text
    assert "ValueError: Could not store the enquiry from [email]" in text
    assert_private(text)


def test_error_email_shows_form_fields_and_cookies_without_their_values(failed_enquiry):
    (report,) = mail.outbox
    assert "ValueError" in report.body
    assert "message = '********************'" in report.body
    assert "sessionid = '********************'" in report.body
    assert "CSRF_COOKIE = '********************'" in report.body
    assert_private(report.subject + report.body)


def test_logged_form_data_is_hidden(log_output):
    form = QueryDict(f"email={ADDRESS}&message={ENQUIRY}")
    logging.getLogger("clusters.enquiries").warning("Enquiry not sent: %s", form)
    assert "Enquiry not sent: [form data hidden]" in log_output.getvalue()
    assert_private(log_output.getvalue())


def test_address_in_a_logged_search_query_is_replaced(log_output):
    logging.getLogger("search.views").warning("Search failed for query %r", f"{ADDRESS} puodai")
    assert "Search failed for query '[email] puodai'" in log_output.getvalue()


def test_cookie_header_in_a_log_message_keeps_names_not_values(log_output):
    logging.getLogger("django.security.csrf").warning(
        "Forbidden, cookies: %s", f"sessionid={SESSION}; csrftoken={CSRF}"
    )
    assert "sessionid=********************; csrftoken=********************" in (
        log_output.getvalue()
    )


def test_message_whose_arguments_do_not_fit_is_logged_without_them(log_output):
    logging.getLogger("home").warning("Two values: %s %s", ADDRESS)
    assert "Two values: %s %s [arguments hidden" in log_output.getvalue()
    assert_private(log_output.getvalue())
