"""safe_filename, for what an HTTP upload cannot send (Django's parser already drops path
parts and control characters from multipart names) but other callers might."""

import pytest

from security.uploads.filenames import safe_filename


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("..\\..\\windows\\ataskaita.pdf", "ataskaita.pdf"),
        ("/etc/passwd", "passwd"),
        ("ataskaita\x00\x1b.pdf", "ataskaita.pdf"),
        ("sąskaita\u202efdp.exe", "sąskaitafdp.exe"),  # a right-to-left override
        ("...", "file"),
        (".htaccess", "file.htaccess"),
        ("Отчёт за 2024 год.DOCX", "Отчёт_за_2024_год.docx"),
        ("Łódź, ąčęėįšųūž āēīķļņ.pdf", "Łódź_ąčęėįšųūž_āēīķļņ.pdf"),
    ],
)
def test_unsafe_parts_go_and_letters_stay(name, safe):
    assert safe_filename(name) == safe
