"""`manage.py restore`: every check first (the right kind of database, no migrations from
newer code, an empty target, every SHA-256), then the database, the media files, the
migrations this code adds, and the shared caches."""

import tarfile
import tempfile

from . import database, media
from .archive import extract_database, extract_media, read_manifest, verify
from .caches import forget_cached_content
from .errors import BackupError


def restore_backup(path, *, force, report, migrate):
    """Restore the archive at `path`. `migrate()` applies the code's newer migrations."""
    manifest = read_manifest(path)
    vendor = manifest["database"]["vendor"]
    database.check_vendor(vendor)
    if unknown := database.unknown_migrations(manifest["migrations"]):
        made_by = manifest["kartu"]
        raise BackupError(
            f"The archive was made by newer code (Kartu {made_by['version']}, commit "
            f"{made_by['git_commit'] or 'unknown'}): its database has migrations this code "
            f"lacks ({', '.join(unknown[:5])}). Restore it with that version."
        )
    media_root = media_target(manifest)
    if not force:
        check_empty(media_root)
    report("Checking every file of the archive against its manifest…")
    verify(path, manifest)

    with tempfile.TemporaryDirectory(prefix="kartu-restore-") as scratch:
        database.restore(vendor, extract_database(path, manifest, scratch))
    report(f"Database restored as it was at {manifest['created_at']}.")
    if media_root is None:
        report(
            f"Media: not in this archive (it was in {manifest['media'].get('storage')}); "
            "the files stay where they are."
        )
    else:
        try:
            count = extract_media(path, media_root)
        except (OSError, tarfile.TarError) as error:
            raise BackupError(
                f"The database is restored, but the media files could not be written into "
                f"{media_root}: {error}. Fix that and run the restore again with --force."
            ) from error
        report(f"Media: {count} files restored into {media_root}.")
    migrate()
    forget_cached_content()
    report("Cached pages forgotten. The site serves the restored content.")


def media_target(manifest):
    """Where the archive's media files go: MEDIA_ROOT, or None when the archive has none."""
    if not manifest["media"]["included"]:
        return None
    root = media.local_root()
    if root is None:
        raise BackupError(
            f"The archive holds media files, but this site stores media in "
            f"{media.storage_description()}: upload the archive's media/ folder there yourself, "
            "or restore with local media storage."
        )
    return root


def check_empty(media_root):
    if media_root is not None and not media.is_empty(media_root):
        raise BackupError(
            f"The media folder {media_root} is not empty. Restore into an empty folder, or add "
            "--force to write the archive's files over it (files not in the archive stay)."
        )
    if tables := database.table_names():
        raise BackupError(
            f"The database {database.name()} is not empty: it has {len(tables)} tables. Restore "
            "into a new, empty database, or add --force to replace everything the archive holds."
        )
