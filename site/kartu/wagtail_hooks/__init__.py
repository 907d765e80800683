"""Admin hooks that span apps, one module per concern; Wagtail imports this package. The
translator features' hooks live in the `translations` app."""

from . import reference_data  # noqa: F401
