"""The app keeps its place: only its wagtail_hooks module registers hooks (so importing the
middleware or the policy registers none), it imports nothing of the project package, and no app
below it imports it (DESIGN.md, "Floors")."""

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "translations"
LOWER_APPS = ["home", "projects", "news", "clusters", "search"]


def python_files(folder):
    return sorted(path for path in folder.rglob("*.py") if "migrations" not in path.parts)


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module


def test_only_wagtail_hooks_registers_hooks():
    registering = [
        path.relative_to(APP).as_posix()
        for path in python_files(APP)
        if "hooks.register" in path.read_text(encoding="utf-8")
    ]
    assert registering == ["wagtail_hooks.py"]


def test_translations_does_not_import_the_project_package():
    offending = [
        (path.relative_to(REPO).as_posix(), module)
        for path in python_files(APP)
        for module in imported_modules(path)
        if module.split(".")[0] == "kartu"
    ]
    assert offending == []


@pytest.mark.parametrize("app", LOWER_APPS)
def test_lower_apps_do_not_import_translations(app):
    offending = [
        (path.relative_to(REPO).as_posix(), module)
        for path in python_files(REPO / app)
        for module in imported_modules(path)
        if module.split(".")[0] == "translations"
    ]
    assert offending == []
