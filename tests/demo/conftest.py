"""The demo, loaded once for every module of this package."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase

from tests.demo.state import counts, fingerprint


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded twice, once for every module of tests/demo, inside a transaction rolled
    back at the end (as TestCase.setUpTestData does): loading takes a while, and other tests
    must not see it."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            # load_demo publishes translations in on-commit callbacks; run them here.
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo", force=True, verbosity=0)
            first = counts(), fingerprint()
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo", force=True, verbosity=0)
            yield first, (counts(), fingerprint())
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
