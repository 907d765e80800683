from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    """Project and member data in and out in the programmes' own shape: keep.eu's fields and the
    CPR Art. 49 list of operations out, keep.eu exports in, Wagtail's read-only API v2. An app
    of its own because it reads projects and clusters alike."""

    name = "opendata"
    verbose_name = _("Open data")
