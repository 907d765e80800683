"""The demo site that `manage.py load_demo` builds: content, images, translations and users.

The content (every text and fact, with its translations) lives in YAML files under data/; the
modules here only build from it, translating each source string through wagtail-localize and
failing loudly when one is missing.
"""
