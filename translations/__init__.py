"""Everything translators use beyond wagtail-localize: roles and per-locale rights, review before
publishing, machine translation, and the translation status report."""
