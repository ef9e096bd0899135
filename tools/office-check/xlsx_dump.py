#!/usr/bin/env python3
"""Reads a .xlsx with openpyxl (independent of huibao's writer) and prints it as JSON.

Usage: xlsx_dump.py FILE

The JSON object:
  epoch    "1900" or "1904" (the workbook's date system)
  sheets   in workbook order, each:
    name           the sheet's name
    dimensions     e.g. "A1:H12"
    freeze_panes   the top-left cell of the scrolling area ("A2" freezes row 1), or null
    columns        {letter: width} for the columns the file gives a width (characters)
    merged         ["A1:C1", ...]
    auto_filter    the filter range, or null
    bold_header    true when every non-empty cell of row 1 is bold (false for an empty row 1)
    rows           every row from 1 to the last, each a list of cells from column A to the last:
                   null for a cell with neither value nor style, else
                   {ref, value, type, number_format, bold}
                   value: the text of the stored value (numbers as Python's shortest repr,
                   "1234.5"; dates and times ISO 8601; booleans "TRUE"/"FALSE"), or null
                   type: openpyxl's data type: n number, s string, d date, b bool, f formula,
                   e error; plus the Python type in "python_type" (int, float, str, datetime, ...)
Exit 1 (and a message on stderr) when openpyxl cannot open the file.
"""

import datetime
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter


def value_text(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return str(value.total_seconds())
    if isinstance(value, float):
        return repr(value)
    return str(value)


def cell_json(cell):
    if cell.value is None and not cell.has_style:
        return None
    return {
        "ref": cell.coordinate,
        "value": value_text(cell.value),
        "type": cell.data_type,
        "python_type": type(cell.value).__name__,
        "number_format": cell.number_format,
        "bold": bool(cell.font is not None and cell.font.b),
    }


def sheet_json(sheet):
    # Only the widths the file gives: column_dimensions creates entries on lookup.
    columns = {}
    for key, dimension in sorted(sheet.column_dimensions.items()):
        if dimension.width is None or not dimension.customWidth and dimension.width == 13:
            continue
        first, last = dimension.min or 0, dimension.max or 0
        if first and last and last > first:
            for index in range(first, last + 1):
                columns[get_column_letter(index)] = dimension.width
        else:
            columns[key] = dimension.width
    rows = []
    for row in sheet.iter_rows(min_row=1, min_col=1, max_row=sheet.max_row, max_col=sheet.max_column):
        rows.append([cell_json(cell) for cell in row])
    header = [cell for cell in (rows[0] if rows else []) if cell is not None and cell["value"] is not None]
    return {
        "name": sheet.title,
        "dimensions": sheet.dimensions,
        "freeze_panes": sheet.freeze_panes,
        "columns": columns,
        "merged": [str(r) for r in sheet.merged_cells.ranges],
        "auto_filter": sheet.auto_filter.ref,
        "bold_header": bool(header) and all(cell["bold"] for cell in header),
        "rows": rows,
    }


def dump(path):
    workbook = openpyxl.load_workbook(path)
    epoch = "1904" if workbook.epoch == openpyxl.utils.datetime.CALENDAR_MAC_1904 else "1900"
    return {"epoch": epoch, "sheets": [sheet_json(sheet) for sheet in workbook.worksheets]}


def main(argv):
    if len(argv) != 2:
        print("usage: xlsx_dump.py FILE", file=sys.stderr)
        return 2
    try:
        result = dump(argv[1])
    except Exception as error:  # openpyxl's own message says what it could not read
        print(f"{argv[1]}: openpyxl cannot read it: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
