"""Admin hooks that span apps, one module per concern; Wagtail imports this package."""

from . import reference_data  # noqa: F401
