"""A network home beside the two organisations' sites of tests/multisite.py: its own site on
`network.localhost`, in Lithuanian and Latvian, made by `add_network_home`."""

from network.sites import add_network_home

NETWORK = "network.localhost"
ON_NETWORK = {"HTTP_HOST": NETWORK}


def build_network_home(django_capture_on_commit_callbacks):
    # The Latvian home is a wagtail-localize translation, published on commit.
    with django_capture_on_commit_callbacks(execute=True):
        return add_network_home(NETWORK, "Kaimo tinklas", ["lt", "lv"])
