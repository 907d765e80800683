"""Importing a keep.eu export into draft project pages, organisations and partners
(README "Import from keep.eu"): read the file (reader), check every row (rows), then write
everything or nothing (writer); `run.import_keep_file` ties them together for the management
command and the admin view."""
