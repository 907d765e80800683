from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """The anonymous full-page cache and its purging (README "Page cache")."""

    name = "pagecache"
    label = "pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        from . import receivers

        receivers.connect()
