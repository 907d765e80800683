"""`manage.py backup`: the database first, then the media files, then the manifest."""

import datetime
import tempfile
from pathlib import Path

from . import database, media
from .archive import MEDIA, ArchiveWriter
from .manifest import new_manifest


def create_backup(folder, report):
    """Write one archive into `folder`; its path. `report(line)` tells the operator."""
    created_at = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    manifest = new_manifest(created_at)
    folder = Path(folder)
    with ArchiveWriter(folder, created_at) as archive:
        with tempfile.TemporaryDirectory(prefix=".kartu-dump-", dir=folder) as scratch:
            dump = database.dump(Path(scratch))
            archive.add(dump, dump.name)
        vendor = database.NAMES[manifest["database"]["vendor"]]
        report(f"Database: {vendor} snapshot, {size(archive.files[dump.name]['size'])}.")
        add_media(archive, manifest["media"], report)
        archive.finish(manifest)
    report(f"Backup written: {archive.path} ({size(archive.path.stat().st_size)}).")
    return archive.path


def add_media(archive, entry, report):
    root = media.local_root()
    if root is None:
        entry["storage"] = media.storage_description()
        report(
            f"Media: not in this archive, it is in {entry['storage']}. Keep that storage "
            "versioned and replicated (README 'Backups')."
        )
        return
    count = total = 0
    for path, name in media.files(root):
        try:
            archive.add(path, MEDIA + name)
        except FileNotFoundError:  # deleted since the folder was listed
            continue
        count += 1
        total += archive.files[MEDIA + name]["size"]
    entry.update(storage="local", files=count)
    report(f"Media: {count} files, {size(total)}, from {root}.")


def size(number):
    for unit in ["bytes", "kB", "MB", "GB"]:
        if number < 1000 or unit == "GB":
            return f"{number:.0f} {unit}" if unit == "bytes" else f"{number:.1f} {unit}"
        number /= 1000
