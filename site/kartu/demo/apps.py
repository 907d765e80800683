from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The development demo: `manage.py load_demo` builds a multilingual site from the YAML
    files in data/. It has no models; it is an app only so that Django finds its command."""

    name = "kartu.demo"
    label = "demo"
