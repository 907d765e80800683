"""The archive file: written under a hidden partial name and renamed when complete, so a
`kartu-backup-*.tar` is never half a backup; read back only after every member's SHA-256
matches the manifest."""

import hashlib
import io
import json
import os
import tarfile
from pathlib import Path, PurePosixPath

from .errors import BackupError

MANIFEST = "manifest.json"
MEDIA = "media/"
FORMAT = 1
CHUNK = 1024 * 1024
UNTOUCHED = "Nothing was restored."


class HashingReader:
    """A file that hashes what tarfile reads from it: one read per file, never two."""

    def __init__(self, file):
        self.file, self.sha256 = file, hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        return data


def archive_name(created_at):
    return f"kartu-backup-{created_at:%Y%m%dT%H%M%SZ}.tar"


class ArchiveWriter:
    """`with ArchiveWriter(folder, created_at) as archive: archive.add(…); archive.finish(…)`.
    The archive holds personal data (members' contacts, enquiries, password hashes): only its
    owner may read it."""

    def __init__(self, folder, created_at):
        self.path = Path(folder) / archive_name(created_at)
        self.partial = self.path.with_name(f".{self.path.name}.partial")
        self.files = {}

    def __enter__(self):
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self.path.exists():
            raise BackupError(f"{self.path} exists already: wait a second and run it again.")
        descriptor = os.open(self.partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self.file = os.fdopen(descriptor, "wb")
        self.tar = tarfile.open(fileobj=self.file, mode="w", format=tarfile.PAX_FORMAT)
        return self

    def add(self, path, name):
        with open(path, "rb") as file:
            info = self.tar.gettarinfo(arcname=name, fileobj=file)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            reader = HashingReader(file)
            self.tar.addfile(info, reader)
        self.files[name] = {"size": info.size, "sha256": reader.sha256.hexdigest()}

    def finish(self, manifest):
        data = json.dumps({**manifest, "files": self.files}, indent=2, ensure_ascii=False)
        info = tarfile.TarInfo(MANIFEST)
        info.size, info.mode = len(data.encode()), 0o600
        self.tar.addfile(info, io.BytesIO(data.encode()))
        self.tar.close()
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.partial, self.path)

    def __exit__(self, kind, error, traceback):
        if kind is not None:
            self.tar.close()
            self.file.close()
            self.partial.unlink(missing_ok=True)


def read_manifest(path):
    """The archive's manifest, or a BackupError saying why this is not a Kartu backup."""
    try:
        with tarfile.open(path, "r:") as tar:
            manifest = json.load(tar.extractfile(tar.getmember(MANIFEST)))
    except FileNotFoundError as error:
        raise BackupError(f"There is no file {path}.") from error
    except OSError as error:
        raise BackupError(f"{path} cannot be read: {error.strerror}.") from error
    except (tarfile.TarError, KeyError, ValueError) as error:
        raise BackupError(f"{path} is not a Kartu backup (no readable {MANIFEST}).") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path} has backup format {manifest.get('format')}; this is {FORMAT}.")
    return manifest


def verify(path, manifest):
    """Read every member and compare it with the manifest: same names, same SHA-256 sums, plain
    files at safe paths only. Raises BackupError before anything is restored."""
    expected, seen = manifest["files"], set()
    with tarfile.open(path, "r:") as tar:
        for member in tar:
            if member.name == MANIFEST:
                continue
            if not safe(member):
                raise BackupError(
                    f"{path}: {member.name} is not a file at a safe path. {UNTOUCHED}"
                )
            if member.name not in expected or member.name in seen:
                raise BackupError(f"{path}: {member.name} is not in its manifest. {UNTOUCHED}")
            seen.add(member.name)
            digest = hashlib.sha256()
            source = tar.extractfile(member)
            while chunk := source.read(CHUNK):
                digest.update(chunk)
            if digest.hexdigest() != expected[member.name]["sha256"]:
                raise BackupError(
                    f"{path}: the SHA-256 of {member.name} does not match the manifest: the "
                    f"archive was changed or damaged. {UNTOUCHED}"
                )
    if missing := sorted(set(expected) - seen):
        raise BackupError(f"{path} lacks {', '.join(missing[:5])}. {UNTOUCHED}")


def safe(member):
    parts = PurePosixPath(member.name).parts
    return member.isfile() and not member.name.startswith("/") and ".." not in parts


def extract_database(path, manifest, folder):
    """The database dump, written into `folder`; its path."""
    name = manifest["database"]["file"]
    with tarfile.open(path, "r:") as tar:
        tar.extract(name, folder, filter="data")
    return Path(folder) / name


def extract_media(path, media_root):
    """Every `media/…` member into `media_root`; the number of files."""
    with tarfile.open(path, "r:") as tar:
        members = [
            member.replace(name=member.name.removeprefix(MEDIA), deep=False)
            for member in tar
            if member.name.startswith(MEDIA)
        ]
        tar.extractall(media_root, members=members, filter="data")
    return len(members)
