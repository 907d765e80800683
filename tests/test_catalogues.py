"""The shipped catalogues are complete: every string is translated, none is fuzzy, and no
string in the code or templates is missing from them."""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

REPO = Path(__file__).resolve().parents[1]
LOCALE_DIR = REPO / "site" / "locale"
CATALOGUES = sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))
SOURCES = [
    "home",
    "projects",
    "news",
    "clusters",
    "search",
    "translations",
    "compliance",
    "opendata",
    "network",
    "pagecache",
    "security",
    "templates",
    "site",
]


def test_a_catalogue_ships_for_every_language_but_english():
    shipped = {path.parts[-3] for path in CATALOGUES}
    expected = {code for code, _name in settings.LANGUAGES if code != "en"}
    assert expected <= shipped


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue_has_no_untranslated_or_fuzzy_entry(path):
    catalogue = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], untranslated[:10]
    assert fuzzy == [], fuzzy[:10]


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue_translations_keep_their_placeholders(path):
    placeholder = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}")
    for entry in polib.pofile(str(path)).translated_entries():
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        expected = set(placeholder.findall(entry.msgid_plural or entry.msgid))
        for translation in translations:
            assert set(placeholder.findall(translation)) <= expected | set(
                placeholder.findall(entry.msgid)
            ), (entry.msgid, translation)


def test_every_string_in_code_and_templates_is_in_the_catalogues(tmp_path):
    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("GNU gettext (xgettext) is needed to extract strings; .ci/run installs it")
        pytest.skip("GNU gettext's xgettext is not installed: cannot extract strings")
    copy = tmp_path / "kartu"
    copy.mkdir()
    shutil.copy(REPO / "manage.py", copy)
    ignore = shutil.ignore_patterns("locale", "__pycache__", "static")
    for name in SOURCES:
        shutil.copytree(REPO / name, copy / name, ignore=ignore)
    (copy / "site" / "locale").mkdir()
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "lt", "--no-location"],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "kartu.settings.test"},
        check=True,
        capture_output=True,
    )
    extracted = polib.pofile(str(copy / "site" / "locale" / "lt" / "LC_MESSAGES" / "django.po"))
    for path in CATALOGUES:
        shipped = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))}
        missing = [e.msgid for e in extracted if (e.msgctxt, e.msgid) not in shipped]
        assert missing == [], (path.parts[-3], missing[:10])


GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "pgettext", "pgettext_lazy", "ngettext"}


def gettext_calls_in_f_strings(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.relative_to(REPO)}:{node.lineno}"
        for joined in ast.walk(tree)
        if isinstance(joined, ast.JoinedStr)
        for node in ast.walk(joined)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in GETTEXT_NAMES
    ]


def test_no_string_is_marked_for_translation_inside_an_f_string():
    """makemessages (xgettext) does not look inside f-strings: such a string never reaches the
    catalogues, and the catalogue test above cannot see it missing."""
    found = [
        hit
        for name in SOURCES
        if (REPO / name).is_dir()
        for path in (REPO / name).rglob("*.py")
        for hit in gettext_calls_in_f_strings(path)
    ]
    assert found == []
