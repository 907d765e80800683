"""What an archive says about itself besides its files: when, which code, which database."""

import subprocess
import tomllib

from django.conf import settings

from . import database, media
from .archive import FORMAT


def code_version():
    """The project's version, and the git commit when the code is a git checkout."""
    with open(settings.BASE_DIR / "pyproject.toml", "rb") as file:
        version = tomllib.load(file)["project"]["version"]
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = None
    return {"version": version, "git_commit": commit}


def new_manifest(created_at):
    return {
        "format": FORMAT,
        "created_at": created_at.isoformat(),
        "kartu": code_version(),
        "database": database.describe(),
        "migrations": database.applied_migrations(),
        "media": {"included": media.local_root() is not None},
    }
