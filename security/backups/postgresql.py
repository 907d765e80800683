"""PostgreSQL with its own client tools: pg_dump's custom format is a consistent snapshot
(one transaction) taken while the site serves; pg_restore puts it back in one transaction.
The connection comes from DATABASE_URL through Django's settings; the password travels in
PGPASSWORD, never on a command line that `ps` shows."""

import os
import shutil
import subprocess

from django.db import connection

from .errors import BackupError

DUMP_FILE = "database.pgdump"
# DATABASE_URL's query options that libpq also reads from the environment.
LIBPQ_OPTIONS = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "connect_timeout": "PGCONNECT_TIMEOUT",
}


def libpq_environment(database):
    environment = dict(os.environ)
    for key, name in [
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ]:
        if database.get(key):
            environment[name] = str(database[key])
    for option, name in LIBPQ_OPTIONS.items():
        if option in database.get("OPTIONS", {}):
            environment[name] = str(database["OPTIONS"][option])
    return environment


def client(program):
    found = shutil.which(program)
    if not found:
        connection.ensure_connection()
        major = connection.pg_version // 10000
        raise BackupError(
            f"{program} is not installed: install PostgreSQL's client tools of the server's "
            f"version {major} or newer (Debian: apt-get install postgresql-client-{major})."
        )
    return found


def run(command, database):
    result = subprocess.run(
        command, env=libpq_environment(database), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{os.path.basename(command[0])} failed:\n{result.stderr.strip()}")


def dump(database, target):
    # --no-password: a cron job must fail, never wait for a password nobody types.
    run([client("pg_dump"), "--format=custom", "--no-password", f"--file={target}"], database)


def restore(database, source):
    """Replace what the dump holds, all or nothing; objects belong to the connecting role."""
    command = [
        client("pg_restore"),
        *("--no-owner", "--no-privileges", "--clean", "--if-exists"),
        *("--single-transaction", "--exit-on-error", "--no-password"),
        f"--dbname={database['NAME']}",
        str(source),
    ]
    connection.close()  # holds no lock on a table pg_restore drops
    run(command, database)


def server_version():
    connection.ensure_connection()
    return connection.connection.info.parameter_status("server_version")
