from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    """The network home: a site of its own that lists the member organisations' sites with
    their latest news and projects, each linking to the owning site. Optional per install
    (`manage.py add_network_home`). An app of its own, on the top floor, because it reads home,
    news and projects, shaped like Wagtail's contrib apps."""

    name = "network"
    verbose_name = _("Network home")

    def ready(self):
        from .purge import connect

        connect()
