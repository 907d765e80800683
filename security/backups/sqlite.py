"""SQLite through its online backup API: a consistent copy even while the site writes, taken
through Django's own connection (so it works for an in-memory database as well)."""

import sqlite3

from django.db import connection

DUMP_FILE = "database.sqlite3"


def dump(database, target):
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
    finally:
        copy.close()


def restore(database, source):
    connection.ensure_connection()
    backup = sqlite3.connect(source)
    try:
        backup.backup(connection.connection)
    finally:
        backup.close()


def server_version():
    return sqlite3.sqlite_version
