"""Reading a keep.eu export (CSV or Excel) into rows of {column: value}.

What protects the site (as security/uploads does for documents, with the same settings):
the file's size is checked against WAGTAILDOCS_MAX_UPLOAD_SIZE before it is read, its
extension against the document allow-list (WAGTAILDOCS_EXTENSIONS: csv and xlsx only here),
and its content against what the extension claims: a CSV must be UTF-8 text, an XLSX a ZIP
that openpyxl reads (in read-only mode, row by row, so a huge sheet is not loaded at once).
At most MAX_ROWS rows are read.
"""

import csv
import io
import zipfile

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from openpyxl import load_workbook

MAX_ROWS = 5000
EXTENSIONS = ("csv", "xlsx")
ZIP_SIGNATURE = b"PK\x03\x04"


class FileRefused(Exception):
    """The file as a whole cannot be read; the message says why."""


def max_size():
    return getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None) or 20 * 1024 * 1024


def column_name(value):
    """A header as keep.eu writes it ("Project start date") or as we do ("project_start_date")."""
    return "_".join(str(value or "").strip().casefold().replace("-", " ").split())


def extension_of(name):
    return name.rpartition(".")[2].casefold() if "." in name else ""


def check_file(name, size):
    allowed = [
        e for e in EXTENSIONS if e in getattr(settings, "WAGTAILDOCS_EXTENSIONS", EXTENSIONS)
    ]
    if extension_of(name) not in allowed:
        raise FileRefused(
            _("Only CSV and Excel (.xlsx) files can be imported; “%(name)s” is neither.")
            % {"name": name}
        )
    if size > max_size():
        raise FileRefused(
            _("This file is too big (%(size)s). Files to import can be at most %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(max_size())}
        )


def read_csv(data):
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused(
            _("This CSV file is not in UTF-8. Save it again as “CSV UTF-8” and import that.")
        ) from None
    if "\x00" in content:
        raise FileRefused(_("This file is not a CSV text file."))
    try:
        dialect = csv.Sniffer().sniff(content.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return list(csv.reader(io.StringIO(content), dialect))[: MAX_ROWS + 1]
    except csv.Error as error:
        raise FileRefused(_("This CSV file cannot be read: %(error)s") % {"error": error}) from None


def read_xlsx(data):
    if not data.startswith(ZIP_SIGNATURE):
        raise FileRefused(_("This file is not an Excel (.xlsx) workbook."))
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                break
        workbook.close()
        return rows
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, IndexError):
        raise FileRefused(_("This file is not an Excel (.xlsx) workbook.")) from None


def read_table(name, data):
    """[(line number, {column: value})] of the file's data rows; FileRefused if unreadable."""
    check_file(name, len(data))
    table = read_xlsx(data) if extension_of(name) == "xlsx" else read_csv(data)
    if not table:
        raise FileRefused(_("The file is empty."))
    if len(table) > MAX_ROWS + 1:
        raise FileRefused(
            _("The file has more than %(count)s rows; split it into smaller files.")
            % {"count": MAX_ROWS}
        )
    header = [column_name(value) for value in table[0]]
    rows = []
    for number, values in enumerate(table[1:], start=2):
        if not any(str(value or "").strip() for value in values):
            continue  # a blank line
        rows.append((number, dict(zip(header, values, strict=False))))
    return header, rows
