"""The house keeps its shape (DESIGN.md "Layout" and "Floors"): small files, and the
import-linter contracts of `make lint` really catch a lower app importing a higher one or an
import circle inside an app."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
APPS = [
    "home",
    "projects",
    "news",
    "clusters",
    "search",
    "translations",
    "security",
    "compliance",
    "opendata",
    "network",
    "pagecache",
]
MAX_LINES = 400


def test_no_python_file_outside_migrations_and_demo_data_is_over_400_lines():
    long_files = {
        path.relative_to(REPO).as_posix(): lines
        for folder in [*APPS, "site", "tests", "bench", "docs"]
        for path in (REPO / folder).rglob("*.py")
        if "migrations" not in path.parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long_files == {}


@pytest.fixture
def lint_imports(tmp_path):
    """Run import-linter on a copy of the code, after `change(copy)`; return its exit code."""
    for name in [*APPS, "site"]:
        shutil.copytree(
            REPO / name,
            tmp_path / name,
            ignore=shutil.ignore_patterns("__pycache__", "locale", "static", "data"),
        )
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    command = Path(sys.executable).with_name("lint-imports")

    def run(change=None):
        if change:
            change(tmp_path)
        env = {**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{tmp_path / 'site'}"}
        result = subprocess.run(
            [str(command), "--no-cache"], cwd=tmp_path, env=env, capture_output=True, text=True
        )
        return result.returncode, result.stdout

    return run


def add_import(path, line):
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_floors_contracts_hold_today(lint_imports):
    code, output = lint_imports()
    assert code == 0, output


def test_floors_contract_fails_when_home_imports_a_higher_app(lint_imports):
    code, output = lint_imports(lambda copy: add_import(copy / "home" / "i18n.py", "import news"))
    assert code == 1
    assert "home.i18n -> news" in output


def test_floors_contract_fails_when_news_imports_clusters(lint_imports):
    code, output = lint_imports(
        lambda copy: add_import(copy / "news" / "feeds.py", "import clusters.models")
    )
    assert code == 1
    assert "news.feeds -> clusters.models" in output


def test_acyclic_contract_fails_on_an_import_circle_inside_an_app(lint_imports):
    # news.feeds imports news.models; the models importing the feeds would close a circle.
    code, output = lint_imports(
        lambda copy: add_import(copy / "news" / "models" / "posts.py", "import news.feeds")
    )
    assert code == 1
    assert "No cycles are allowed in news" in output
