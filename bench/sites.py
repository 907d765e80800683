"""The sites the load benchmark measures: a fresh database per size (an SQLite file, or a
PostgreSQL database when DATABASE_URL names one), migrated and filled by
`manage.py generate_content`, and the environment every process of the run shares."""

import json
import os
import secrets
import shutil
import sqlite3
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results"
WORK = RESULTS / "tmp"  # built sites and collected static files; ignored by git
GENERATOR = REPO / "site" / "kartu" / "demo" / "management" / "commands" / "generate_content.py"
BUILDERS = ("generate_content", "load_demo")
SECRET_KEY = secrets.token_urlsafe(40)


class BenchError(Exception):
    """Something the benchmark needs is missing or failed; the message says what."""


@dataclass(frozen=True)
class SiteSpec:
    name: str
    news: int
    members: int
    projects: int

    @property
    def key(self):
        return f"{self.name}-{self.news}-{self.members}-{self.projects}"


def python():
    return str(REPO / ".venv" / "bin" / "python")


class Database:
    """One size's database: created empty, dropped at the end unless kept."""

    def __init__(self, spec, base_url):
        self.spec = spec
        self.base_url = base_url  # the DATABASE_URL of the environment, "" for SQLite
        self.folder = WORK / spec.key
        if base_url:
            self.name = f"kartu_bench_{spec.key.replace('-', '_')}"
            parts = urlsplit(base_url)
            self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
            self.admin_url = urlunsplit(parts._replace(path="/postgres"))
        else:
            self.url = f"sqlite:///{self.folder / 'db.sqlite3'}"

    @property
    def engine(self):
        return "postgresql" if self.base_url else "sqlite"

    @property
    def marker(self):
        return self.folder / "built.json"

    def is_built(self):
        return self.marker.exists()

    def create(self):
        self.drop()
        self.folder.mkdir(parents=True)
        if self.base_url:
            self._postgres(f'CREATE DATABASE "{self.name}"')

    def drop(self):
        if self.base_url:
            self._postgres(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        shutil.rmtree(self.folder, ignore_errors=True)

    def _postgres(self, statement):
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(statement)

    def server_version(self):
        if not self.base_url:
            return f"SQLite {sqlite3.sqlite_version}"
        with psycopg.connect(self.url) as connection:
            return "PostgreSQL " + connection.execute("SHOW server_version").fetchone()[0]


def site_env(database, settings="bench.settings", page_cache=None, cache_prefix=None):
    """The environment of every process working on `database`'s site: production settings
    need a key and hosts; media and static files stay under bench/results/tmp."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "site")]),
        "DATABASE_URL": database.url,
        "MEDIA_ROOT": str(database.folder / "media"),
        "STATIC_ROOT": str(WORK / "static"),
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    if page_cache is not None:
        env["KARTU_PAGE_CACHE"] = "1" if page_cache else "0"
    if cache_prefix:  # a shared cache (CACHE_URL) must not serve one size's pages to the other
        env["CACHE_KEY_PREFIX"] = cache_prefix
    return env


def manage(env, *args, log=None):
    result = subprocess.run(
        [python(), str(REPO / "manage.py"), *args],
        cwd=REPO,
        env=env,
        stdout=log or subprocess.DEVNULL,
        stderr=subprocess.STDOUT if log else subprocess.PIPE,
        text=True,
    )
    if result.returncode:
        where = f" (see {log.name})" if log else f":\n{result.stderr[-3000:]}"
        raise BenchError(f"manage.py {' '.join(args)} failed{where}")


def check_builder(builder):
    if builder == "generate_content" and not GENERATOR.exists():
        raise BenchError(
            "manage.py generate_content is missing (expected in "
            f"{GENERATOR.relative_to(REPO)}): it builds the benchmark's content. "
            "Use --builder load_demo to try the harness on the demo (both sizes alike)."
        )


def build(database, builder, seed, locales, log_dir):
    """A fresh database for `database.spec`, migrated and filled; its build log's path."""
    spec = database.spec
    database.create()
    env = site_env(database, settings="kartu.settings.dev")  # as `make run` builds
    log_path = log_dir / f"build-{spec.name}.log"
    with log_path.open("w") as log:
        manage(env, "migrate", "--noinput", log=log)
        if builder == "generate_content":
            args = ["--news", spec.news, "--members", spec.members, "--projects", spec.projects]
            args += ["--seed", seed] + (["--locales", locales] if locales else [])
            manage(env, "generate_content", *map(str, args), log=log)
        else:
            manage(env, "load_demo", log=log)
    database.marker.write_text(json.dumps({**asdict(spec), "builder": builder}))
    return log_path


def collect_static(database):
    """Production stores static files with hashed names: templates need the manifest."""
    manage(site_env(database), "collectstatic", "--noinput", "--clear")


def probe(database, page_cache, cache_prefix):
    """The addresses to measure, facts about the site and each address's queries
    (see bench/probe.py)."""
    result = subprocess.run(
        [python(), "-m", "bench.probe"],
        cwd=REPO,
        env=site_env(database, page_cache=page_cache, cache_prefix=cache_prefix),
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise BenchError(f"bench.probe failed on the {database.spec.name} site:\n{result.stderr}")
    return json.loads(result.stdout)
