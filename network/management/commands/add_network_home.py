"""`manage.py add_network_home --hostname network.example --name "Rural partnerships of
Latvia" --languages lv,en [--port 80]`: the network's own site (network/sites.py)."""

from home.site_setup import SiteCommand
from network.sites import add_network_home


class Command(SiteCommand):
    help = (
        "Add the network home: a site on its own host name that lists every other site's "
        "organisation with its latest news and projects. Running it again changes nothing; "
        "then run add_site with the same host name for its settings and groups."
    )
    name_help = "The network's name."
    example_hostname = "network.example.org"
    example_languages = "lv,en"

    def make_site(self, hostname, name, codes, port):
        return add_network_home(hostname, name, codes, port=port)
