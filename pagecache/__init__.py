"""The anonymous full-page cache: whole responses in Django's cache, purged exactly on change.

A feature that spans every app, so it is an app of its own (shaped like
wagtail.contrib.simple_translation). It imports only Django, Wagtail and wagtail-localize, never
an app of ours: it learns what changed from Wagtail's page signals and from saves of every
registered snippet, setting, locale and site. README "Page cache" describes it.
"""
