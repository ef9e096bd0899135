#!/usr/bin/env bash
# Makes the workbook fixtures in Tests/Fixtures/xlsx/ with a real spreadsheet program:
# LibreOffice Calc (headless) saves each hand-written Flat ODS here as .xlsx, then
# variants.py edits the XML of one of them for what LibreOffice cannot save.
# Needs: soffice (apt-get install libreoffice-calc-nogui) and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../Tests/Fixtures/xlsx"
profile="$(mktemp -d /tmp/huibao-lo-profile.XXXXXX)"
trap 'rm -rf "$profile"' EXIT
mkdir -p "$out"
for fods in "$here"/*.fods; do
    soffice -env:UserInstallation="file://$profile" --headless --convert-to xlsx --outdir "$out" "$fods" >/dev/null
done
python3 "$here/variants.py" "$out"
ls -l "$out"
