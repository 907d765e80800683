"""Writing rows as JSON, CSV and XLSX files, the same values in each.

CSV is UTF-8 with a byte order mark, so that a spreadsheet opened by double-click reads
Lithuanian, Latvian, Polish and Cyrillic letters right; lists are joined with "; ". JSON
numbers are numbers (money with two decimals), dates ISO 8601.
"""

import csv
import datetime
import io
import json
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

LIST_SEPARATOR = "; "


class DataEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return float(o)
        if isinstance(o, datetime.date):
            return o.isoformat()
        return super().default(o)


def to_json(rows):
    return json.dumps(rows, cls=DataEncoder, ensure_ascii=False, indent=1).encode("utf-8")


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def to_csv(rows, fields):
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([cell_text(row.get(field)) for field in fields])
    return out.getvalue().encode("utf-8")


def cell_value(value):
    """A value an XLSX cell holds as itself: numbers and dates as such, the rest as text
    without the control characters XML cannot carry."""
    if isinstance(value, (Decimal, int, float, datetime.date)) and not isinstance(value, bool):
        return value
    return ILLEGAL_CHARACTERS_RE.sub("", cell_text(value))


def to_xlsx(sheets):
    """`sheets`: [(title, header row, rows of values)] → the workbook's bytes."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.append(header)
        for number, row in enumerate(rows, start=2):
            for column, value in enumerate(row, start=1):
                cell = sheet.cell(number, column, cell_value(value))
                if cell.data_type == "f":
                    # openpyxl takes text beginning with "=" for a formula: keep it text, so
                    # that a title like "=HYPERLINK(…)" never runs in a spreadsheet.
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
