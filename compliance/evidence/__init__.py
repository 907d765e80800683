"""The evidence pack for a controller: a ZIP of a project page as visitors see it in every live
language, its compliance result per language, and a manifest with SHA-256 hashes."""
