"""Admin hooks that span apps, one module per concern; Wagtail imports this package."""

from . import permissions, reference_data, translation_status  # noqa: F401
