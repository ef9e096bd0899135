#!/usr/bin/env python3
"""Makes the workbook variants LibreOffice cannot save, by editing the XML of the workbook it
did save (ledger-cells.xlsx): a Chinese built-in date format id, the 1904 date system, float
noise in a cached formula value, inline strings and rich-text runs, a formula without a cached
value, and Excel's 1900 leap-year serials. Standard library only (zipfile).

usage: variants.py FOLDER   (reads FOLDER/ledger-cells.xlsx, writes FOLDER/variant-*.xlsx)
"""
import re
import sys
import zipfile

SHEET = "xl/worksheets/sheet1.xml"
STYLES = "xl/styles.xml"
WORKBOOK = "xl/workbook.xml"
STRINGS = "xl/sharedStrings.xml"


def read(path):
    with zipfile.ZipFile(path) as archive:
        return [(info, archive.read(info.filename)) for info in archive.infolist()]


def write(path, entries, edits):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            if info.filename in edits:
                text = data.decode("utf-8")
                for old, new in edits[info.filename]:
                    changed = re.sub(old, new, text, count=1)
                    if changed == text:
                        sys.exit(f"{path}: pattern not found in {info.filename}: {old}")
                    text = changed
                data = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(fixed, data)


def cell(ref, body):
    """Replaces the whole <c r="ref" …>…</c> (or <c …/>) element."""
    return (rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', body)


def main(folder):
    base = read(f"{folder}/ledger-cells.xlsx")
    # B5 (2025-06-03) shown with built-in id 31, yyyy"年"m"月"d"日" in Chinese Excel: a new
    # cellXfs entry that no numFmt defines.
    write(f"{folder}/variant-builtin-31.xlsx", base, {
        STYLES: [(r'<cellXfs count="(\d+)">(.*?)</cellXfs>',
                  lambda m: f'<cellXfs count="{int(m.group(1)) + 1}">{m.group(2)}<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="true"/></cellXfs>')],
        SHEET: [cell("B5", '<c r="B5" s="6"><v>45811</v></c>')],
    })
    # The 1904 date system: the same days, each serial 1462 smaller.
    write(f"{folder}/variant-1904.xlsx", base, {
        WORKBOOK: [(r'<workbookPr ', '<workbookPr date1904="1" ')],
        SHEET: [cell("B4", '<c r="B4" s="2" t="n"><v>44321</v></c>'),
                cell("B5", '<c r="B5" s="3" t="n"><v>44349</v></c>'),
                cell("B7", '<c r="B7" s="2" t="n"><v>44408</v></c>')],
    })
    # Float noise in cached formula values, as Excel writes them.
    write(f"{folder}/variant-float-noise.xlsx", base, {
        SHEET: [cell("E5", '<c r="E5" s="0"><f>E4/4</f><v>1234.5600000000002</v></c>'),
                cell("D5", '<c r="D5" s="0"><f>0.1+0.2</f><v>0.30000000000000004</v></c>')],
    })
    # Inline strings (as other programs write them) and a shared string in rich-text runs
    # with a phonetic guide, which is not part of the text.
    write(f"{folder}/variant-inline-string.xlsx", base, {
        SHEET: [cell("A4", '<c r="A4" t="inlineStr"><is><t>甲公司</t></is></c>'),
                cell("A5", '<c r="A5" t="inlineStr"><is><r><t>乙</t></r><r><rPr><b/></rPr><t xml:space="preserve">公司 </t></r></is></c>')],
        STRINGS: [(r'<si><t xml:space="preserve">重点企业</t></si>',
                   '<si><r><t>重点</t></r><r><rPr><b/><sz val="10"/></rPr><t>企业</t></r><rPh sb="0" eb="2"><t>ジュウテン</t></rPh></si>')],
    })
    # A formula whose result was never saved (a file written by a program, not by Excel).
    write(f"{folder}/variant-no-cached-value.xlsx", base, {
        SHEET: [cell("D5", '<c r="D5" s="0"><f>D4*2</f></c>')],
    })
    # Excel's 1900 leap-year bug: serial 59 is 1900-02-28, 60 the nonexistent 1900-02-29,
    # 61 is 1900-03-01.
    write(f"{folder}/variant-1900-leap.xlsx", base, {
        SHEET: [cell("B4", '<c r="B4" s="2" t="n"><v>59</v></c>'),
                cell("B5", '<c r="B5" s="3" t="n"><v>60</v></c>'),
                cell("B7", '<c r="B7" s="2" t="n"><v>61</v></c>')],
    })


if __name__ == "__main__":
    main(sys.argv[1])
