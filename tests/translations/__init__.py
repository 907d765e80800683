"""Tests of the `translations` app: roles, per-locale rights, review, machine translation and
the status report."""
