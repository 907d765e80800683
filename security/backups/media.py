"""The media files: in MEDIA_ROOT (local storage), or in a bucket that keeps its own history.

Media in an S3-compatible bucket stays out of the archive on purpose: copying every object
through the app server each night is slow and costly, and object storage already offers the
better backup (versioning to undo deletions and overwrites, replication to a second region or
provider). README "Backups" says how to set it up."""

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage


def local_root():
    """MEDIA_ROOT when media is stored in local files; None for any other storage."""
    if isinstance(default_storage, FileSystemStorage):
        return Path(default_storage.location)
    return None


def storage_description():
    backend = f"{type(default_storage).__module__}.{type(default_storage).__qualname__}"
    bucket = getattr(settings, "AWS_STORAGE_BUCKET_NAME", "")
    return f"the bucket '{bucket}' ({backend})" if bucket else backend


def files(root):
    """(path, name relative to `root` with forward slashes) of every regular file, sorted."""
    for folder, subfolders, names in os.walk(root):
        subfolders.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path, path.relative_to(root).as_posix()


def is_empty(root):
    return not root.exists() or not any(root.iterdir())
