"""Backups that restore: one archive with a consistent database dump, the media files and a
manifest of SHA-256 sums (README "Backups"; `manage.py backup` and `manage.py restore`).

An archive is an uncompressed tar file, `kartu-backup-<UTC time>.tar`, holding
- `database.pgdump` (pg_dump's custom format, compressed) or `database.sqlite3` (SQLite's
  online backup): each a snapshot of one moment, taken while the site keeps serving;
- `media/…`: every file under MEDIA_ROOT, taken *after* the dump, so every file the dump
  refers to is there (Wagtail never rewrites a stored file; a new upload is a new file);
- `manifest.json`, written last: when and by which code the archive was made, the database
  vendor, the migrations applied, and the size and SHA-256 of every other member.
"""
