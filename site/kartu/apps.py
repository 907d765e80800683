from django.apps import AppConfig


class KartuConfig(AppConfig):
    """The project package, installed as an app so that it can hold cross-app admin hooks."""

    name = "kartu"
    default_auto_field = "django.db.models.BigAutoField"
