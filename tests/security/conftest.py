"""A site with an uploaded image in a media folder of the test's own, its backup, and a new
empty database to restore into: on PostgreSQL one made (and always dropped) here, on SQLite a
new file. `manage()` runs manage.py in a new process against such a database."""

import io
import os
import shutil
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from psycopg import sql
from wagtail.models import Site

from tests import factories

REPO = Path(__file__).resolve().parents[2]
# The test settings, with the media folder and the database from the environment.
PROCESS_SETTINGS = """
import os

from kartu.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["MEDIA_ROOT"]
"""


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def small_site(base_tree, media_root):
    """Home, news index and a news post whose lead image is a real file in `media_root`."""
    home = factories.HomePageFactory(parent=base_tree, title="Pradžia", slug="pradzia")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    photo = factories.wagtail_factories.ImageFactory(title="Puodai")
    news_index = factories.NewsIndexPageFactory(parent=home, title="Naujienos")
    news = factories.NewsPageFactory(
        parent=news_index, title="Mokymai amatininkams", lead_image=photo
    )
    return SimpleNamespace(home=home, news=news, photo=photo)


@pytest.fixture
def backup(tmp_path):
    """`backup()`: run `manage.py backup` into `backup.folder`; the archive's path."""
    if connection.vendor == "postgresql" and shutil.which("pg_dump") is None:
        if os.environ.get("CI"):
            pytest.fail("pg_dump is missing: CI needs Debian's postgresql-client")
        pytest.skip("!! NO pg_dump: install postgresql-client; the backup tests did not run")

    def make():
        return Path(call_command("backup", output=make.folder, verbosity=0))

    make.folder = tmp_path / "backups"
    return make


def members(archive):
    """{name: bytes} of every member of a tar file."""
    with tarfile.open(archive) as tar:
        return {member.name: tar.extractfile(member).read() for member in tar}


def rewrite(archive, changes, target):
    """A copy of `archive` at `target` with `changes[name](bytes)` applied to those members."""
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
    return target


def server_login():
    """libpq's keyword arguments for the PostgreSQL server the tests use."""
    database = settings.DATABASES["default"]
    arguments = {"host": database["HOST"], "port": database["PORT"], "user": database["USER"]}
    arguments["password"] = database["PASSWORD"]
    return {key: value for key, value in arguments.items() if value}


@pytest.fixture
def empty_database_url(tmp_path):
    """The DATABASE_URL of a new, empty database."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"{settings.DATABASES['default']['NAME']}_restored_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(dbname="postgres", autocommit=True, **server_login()) as server:
        server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    login = server_login()
    credentials = quote(login.get("user", ""), safe="")
    if "password" in login:
        credentials += ":" + quote(login["password"], safe="")
    address = f"{login.get('host', '127.0.0.1')}:{login.get('port', 5432)}"
    try:
        yield f"postgres://{credentials}@{address}/{name}"
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **server_login()) as server:
            drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
            server.execute(drop.format(sql.Identifier(name)))


@pytest.fixture
def process_environment(tmp_path):
    """`environment(database_url, media_root)`: what a manage.py or gunicorn process needs to
    run the test settings against that database and media folder."""
    (tmp_path / "process_settings.py").write_text(PROCESS_SETTINGS)

    def environment(database_url, media_folder):
        variables = {k: v for k, v in os.environ.items() if k != "CACHE_URL"}  # local memory
        return {
            **variables,
            "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO / "site"), str(REPO)]),
            "DJANGO_SETTINGS_MODULE": "process_settings",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(media_folder),
            "DB_CONN_MAX_AGE": "0",
        }

    return environment


@pytest.fixture
def manage(process_environment):
    """`manage(database_url, media_folder, *arguments)`: run manage.py in a new process."""

    def run(database_url, media_folder, *arguments):
        return subprocess.run(
            [sys.executable, str(REPO / "manage.py"), *arguments],
            env=process_environment(database_url, media_folder),
            capture_output=True,
            text=True,
            timeout=180,
        )

    return run
