"""The load benchmark's settings: production's, with one URL more (the framework floor, see
bench/urls.py). The production site itself never serves /floor/."""

from kartu.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
