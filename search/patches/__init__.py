"""Workarounds of gaps in Wagtail's search (django-modelsearch), one module per gap; each
module's docstring says when it can be deleted."""
