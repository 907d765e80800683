"""The demo site that `manage.py load_demo` builds: content, images, translations and users.

Every piece of text is written next to its translations (see `text.T`), so the loader can
translate each source string through wagtail-localize and fail loudly when one is missing.
"""
