"""Admin hooks that span apps, one module per concern; Wagtail imports this package."""

from . import permissions, translation_status  # noqa: F401
