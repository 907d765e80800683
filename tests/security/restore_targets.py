"""Where a test restores to: a new, empty database (on PostgreSQL one made, and always dropped,
here; on SQLite a new file), and the environment of a manage.py or gunicorn process that runs
the test settings against it and a media folder of its own."""

import contextlib
import os
import uuid
from pathlib import Path
from urllib.parse import quote

import psycopg
from django.conf import settings
from django.db import connection
from psycopg import sql

REPO = Path(__file__).resolve().parents[2]
# The test settings, with the media folder and the database from the environment.
PROCESS_SETTINGS = """
import os

from kartu.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["MEDIA_ROOT"]
"""


def server_login():
    """libpq's keyword arguments for the PostgreSQL server the tests use."""
    database = settings.DATABASES["default"]
    arguments = {"host": database["HOST"], "port": database["PORT"], "user": database["USER"]}
    arguments["password"] = database["PASSWORD"]
    return {key: value for key, value in arguments.items() if value}


def run_on_server(statement, name):
    with psycopg.connect(dbname="postgres", autocommit=True, **server_login()) as server:
        server.execute(sql.SQL(statement).format(sql.Identifier(name)))


@contextlib.contextmanager
def new_empty_database(folder):
    """The DATABASE_URL of a new, empty database of the kind the tests use."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{Path(folder) / 'restored.sqlite3'}"
        return
    name = f"{settings.DATABASES['default']['NAME']}_restored_{uuid.uuid4().hex[:8]}"
    run_on_server("CREATE DATABASE {}", name)
    login = server_login()
    credentials = quote(login.get("user", ""), safe="")
    if "password" in login:
        credentials += ":" + quote(login["password"], safe="")
    address = f"{login.get('host', '127.0.0.1')}:{login.get('port', 5432)}"
    try:
        yield f"postgres://{credentials}@{address}/{name}"
    finally:
        run_on_server("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)


def process_environment(folder, database_url, media_root):
    """The environment of a process that serves `database_url` and `media_root` with the
    test settings (and a local-memory cache); PROCESS_SETTINGS is written into `folder`."""
    (Path(folder) / "process_settings.py").write_text(PROCESS_SETTINGS)
    variables = {key: value for key, value in os.environ.items() if key != "CACHE_URL"}
    return {
        **variables,
        "PYTHONPATH": os.pathsep.join([str(folder), str(REPO / "site"), str(REPO)]),
        "DJANGO_SETTINGS_MODULE": "process_settings",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
        "DB_CONN_MAX_AGE": "0",
    }
