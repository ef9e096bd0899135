#!/usr/bin/env bash
# Makes the workbook fixtures with a real spreadsheet program: LibreOffice Calc (headless)
# saves each hand-written Flat ODS here as .xlsx, then variants.py edits the XML of one of
# them for what LibreOffice cannot save.
#   *.fods          → Tests/Fixtures/xlsx/NAME.xlsx
#   init/*.fods     → Tests/Fixtures/xlsx/init/NAME.xlsx (contract tables for init --indicators/--scoring)
#   invalid/C.fods  → Tests/Fixtures/invalid/C/Content/ledgers/unions.xlsx (a bad-input case)
#   Tests/Fixtures/sites/basic's ledgers (csv_to_fods.py) → Tests/Fixtures/xlsx/basic-site/
#   Content/ledgers/unions.csv under a title row → Tests/Fixtures/xlsx/example-unions.xlsx
# Needs: soffice (apt-get install libreoffice-calc-nogui) and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
out="$root/Tests/Fixtures/xlsx"
profile="$(mktemp -d /tmp/huibao-lo-profile.XXXXXX)"
scratch="$(mktemp -d /tmp/huibao-xlsx.XXXXXX)"
trap 'rm -rf "$profile" "$scratch"' EXIT
convert() { soffice -env:UserInstallation="file://$profile" --headless --convert-to xlsx --outdir "$2" "$1" >/dev/null 2>&1; }

mkdir -p "$out"
for fods in "$here"/*.fods; do convert "$fods" "$out"; done
python3 "$here/variants.py" "$out"
# The contract tables `huibao init --indicators/--scoring` drafts from (init/*.fods).
mkdir -p "$out/init"
for fods in "$here"/init/*.fods; do convert "$fods" "$out/init"; done

for fods in "$here"/invalid/*.fods; do
    case="$(basename "$fods" .fods)"
    convert "$fods" "$scratch"
    mkdir -p "$root/Tests/Fixtures/invalid/$case/Content/ledgers"
    cp "$scratch/$case.xlsx" "$root/Tests/Fixtures/invalid/$case/Content/ledgers/unions.xlsx"
done
# The basic fixture site's ledgers as workbooks, for the CSV-and-workbook equality test.
mkdir -p "$out/basic-site"
for csv in "$root"/Tests/Fixtures/sites/basic/Content/ledgers/*.csv; do
    name="$(basename "$csv" .csv)"
    python3 "$here/csv_to_fods.py" "$csv" "$scratch/$name.fods"
    convert "$scratch/$name.fods" "$out/basic-site"
done
# The example project's unions ledger (with its evidence column 组建批复) under a merged title,
# for the test that a workbook with title rows counts and links the same as the CSV.
python3 "$here/csv_to_fods.py" "$root/Content/ledgers/unions.csv" "$scratch/example-unions.fods" \
    --title "中原区企业工会组建台账" --sheet "组建台账"
convert "$scratch/example-unions.fods" "$out"
# The same workbook beside the base project's unions.csv: both present is an error.
mkdir -p "$root/Tests/Fixtures/invalid/ledger-csv-and-xlsx/Content/ledgers"
cp "$scratch/xlsx-ledger-cells.xlsx" "$root/Tests/Fixtures/invalid/ledger-csv-and-xlsx/Content/ledgers/unions.xlsx"
ls -l "$out"
