class BackupError(Exception):
    """A backup or restore that cannot go on; its message tells the operator what to do."""
