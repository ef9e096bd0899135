#!/usr/bin/env python3
"""Writes a CSV ledger as a Flat ODS spreadsheet, typed the way Excel keeps a ledger: dates
(2025-04-08, 2025/4/8) as date cells shown yyyy/m/d, plain numbers as number cells, the rest
(9,000.00, (120), 是) as text. LibreOffice then saves it as .xlsx (make.sh, example-xlsx.sh).

usage: csv_to_fods.py INPUT.csv OUTPUT.fods [--title TEXT] [--sheet NAME]
The CSV may be UTF-8 (with or without BOM) or GB18030. --title adds a title row merged across
the columns and an empty row above the header, as people lay out a ledger in Excel.
"""
import argparse
import csv
import datetime
import io
import re
from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N_date">
   <number:year number:style="long"/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/>
  </number:date-style>
  <style:style style:name="ce_date" style:family="table-cell" style:data-style-name="N_date"/>
  <style:style style:name="ce_title" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
"""
TAIL = """  </office:spreadsheet>
 </office:body>
</office:document>
"""


def decode(data):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def cell(value):
    value = value.strip()
    if not value:
        return "<table:table-cell/>"
    match = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", value)
    if match:
        try:
            day = datetime.date(*map(int, match.groups()))
            return (f'<table:table-cell table:style-name="ce_date" office:value-type="date" '
                    f'office:date-value="{day.isoformat()}"><text:p>{escape(value)}</text:p></table:table-cell>')
        except ValueError:
            pass
    if re.fullmatch(r"-?(0|[1-9]\d{0,11})(\.\d{1,2})?", value):
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f'<text:p>{escape(value)}</text:p></table:table-cell>')
    return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--title")
    parser.add_argument("--sheet", default="台账")
    args = parser.parse_args()
    with open(args.input, "rb") as source:
        rows = [row for row in csv.reader(io.StringIO(decode(source.read()))) if any(c.strip() for c in row)]
    width = max(len(row) for row in rows)
    lines = [HEAD, f'   <table:table table:name="{escape(args.sheet)}">\n',
             f'    <table:table-column table:number-columns-repeated="{width}"/>\n']
    if args.title:
        lines.append(f'    <table:table-row><table:table-cell table:style-name="ce_title" table:number-columns-spanned="{width}" '
                     f'office:value-type="string"><text:p>{escape(args.title)}</text:p></table:table-cell>'
                     f'<table:covered-table-cell table:number-columns-repeated="{width - 1}"/></table:table-row>\n')
        lines.append(f'    <table:table-row><table:table-cell table:number-columns-repeated="{width}"/></table:table-row>\n')
    for row in rows:
        lines.append("    <table:table-row>" + "".join(cell(value) for value in row) + "</table:table-row>\n")
    lines.append("   </table:table>\n")
    lines.append(TAIL)
    with open(args.output, "w", encoding="utf-8") as output:
        output.write("".join(lines))


if __name__ == "__main__":
    main()
