#!/usr/bin/env bash
# Turns the example project's expense ledger into the workbook a team keeps in Excel:
# Content/ledgers/expenses.csv → Content/ledgers/expenses.xlsx, saved by LibreOffice Calc
# (headless) with a merged title row above the header and typed date and number cells, then
# removes the CSV. Once the CSV is gone the script takes it from the commit before its removal,
# so it can be run again to remake the same workbook.
# Needs: soffice (apt-get install libreoffice-calc-nogui) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
csv=Content/ledgers/expenses.csv
scratch="$(mktemp -d /tmp/huibao-example-xlsx.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
if [ -f "$csv" ]; then
    cp "$csv" "$scratch/expenses.csv"
else
    removed="$(git rev-list -1 HEAD -- "$csv")"
    git show "$removed^:$csv" > "$scratch/expenses.csv"
fi
python3 tools/xlsx-fixtures/csv_to_fods.py "$scratch/expenses.csv" "$scratch/expenses.fods" \
    --title "中原区总工会社会化服务项目经费支出台账" --sheet "经费支出"
soffice -env:UserInstallation="file://$scratch/profile" --headless --convert-to xlsx \
    --outdir "$scratch" "$scratch/expenses.fods" >/dev/null 2>&1
cp "$scratch/expenses.xlsx" Content/ledgers/expenses.xlsx
rm -f "$csv"
echo "Content/ledgers/expenses.xlsx"
