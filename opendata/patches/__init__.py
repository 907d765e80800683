"""Workarounds for gaps in Wagtail that the open data API meets, one module per gap."""
