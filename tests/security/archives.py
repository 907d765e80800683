"""Reading and rewriting backup archives (tar files) in tests."""

import io
import tarfile


def members(archive):
    """{name: bytes} of every member of a tar file."""
    with tarfile.open(archive) as tar:
        return {member.name: tar.extractfile(member).read() for member in tar}


def rewrite(archive, changes, target, added=None):
    """A copy of `archive` at `target` with `changes[name](bytes)` applied to those members
    and the members `added` ({name: bytes}) appended."""
    with (
        tarfile.open(archive) as source,
        tarfile.open(target, "w", format=tarfile.PAX_FORMAT) as copy,
    ):
        for member in source:
            data = source.extractfile(member).read()
            if member.name in changes:
                data = changes[member.name](data)
                member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
        for name, data in (added or {}).items():
            member = tarfile.TarInfo(name)
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
    return target
