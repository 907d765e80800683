"""The database: which one (DATABASE_URL, through Django's settings), whether it is empty, its
migrations, and its dump and restore by the vendor's own means."""

from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from . import postgresql, sqlite
from .errors import BackupError

VENDORS = {"postgresql": postgresql, "sqlite": sqlite}
NAMES = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}


def vendor_module(vendor=None):
    vendor = vendor or connection.vendor
    if vendor not in VENDORS:
        raise BackupError(f"Backups support PostgreSQL and SQLite; this database is {vendor}.")
    return VENDORS[vendor]


def describe():
    """The manifest's database entry."""
    module = vendor_module()
    return {
        "vendor": connection.vendor,
        "server_version": module.server_version(),
        "file": module.DUMP_FILE,
    }


def dump(target_folder):
    module = vendor_module()
    target = target_folder / module.DUMP_FILE
    module.dump(connection.settings_dict, target)
    return target


def restore(vendor, source):
    vendor_module(vendor).restore(connection.settings_dict, source)
    connection.close()  # Django's next query starts afresh on the restored schema


def check_vendor(vendor):
    if vendor != connection.vendor:
        raise BackupError(
            f"The archive holds a {NAMES.get(vendor, vendor)} database, but DATABASE_URL names "
            f"a {NAMES.get(connection.vendor, connection.vendor)} one: restore it into the same "
            "kind of database."
        )


def name():
    return str(connection.settings_dict["NAME"])


def table_names():
    return connection.introspection.table_names()


def applied_migrations():
    """{app label: [migration names]} as the database records them."""
    applied = {}
    for app, migration in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(migration)
    return applied


def unknown_migrations(applied):
    """The migrations `applied` (a manifest's) that this code has never heard of: the archive
    was made by newer code, whose tables this code would misread."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.disk_migrations)
    for migration in loader.disk_migrations.values():
        known.update(migration.replaces)
    return sorted(
        f"{app}.{migration}"
        for app, migrations in applied.items()
        for migration in migrations
        if (app, migration) not in known
    )
