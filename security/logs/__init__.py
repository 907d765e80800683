"""Logs and error reports without personal data (README "Logs and error reports"): a logging
filter on every handler, error reports that show no form values or cookies, and optional
Sentry reporting that sends neither."""
