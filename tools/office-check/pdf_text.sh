#!/usr/bin/env bash
# Converts a .docx or .xlsx to PDF with LibreOffice (headless, a private user profile in a temp
# folder, so runs in parallel never share one) and prints pdftotext's text of it (pages
# separated by form feeds, so page N is the N-th \f-separated piece).
# Usage: pdf_text.sh FILE [PDF_COPY]   PDF_COPY: where to keep the PDF (for pdfinfo, pdftoppm).
# Exits 1 when soffice fails, prints an error, times out (OFFICE_CHECK_TIMEOUT, default 180 s)
# or writes no PDF.
set -euo pipefail
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: pdf_text.sh FILE [PDF_COPY]" >&2
  exit 2
fi
file="$1"
[ -f "$file" ] || { echo "pdf_text.sh: no such file: $file" >&2; exit 1; }
command -v soffice >/dev/null 2>&1 || { echo "pdf_text.sh: soffice missing (make office-deps)" >&2; exit 1; }
command -v pdftotext >/dev/null 2>&1 || { echo "pdf_text.sh: pdftotext missing (make office-deps)" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/office-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir "$work/in" "$work/out"
# A plain ASCII name: soffice derives the PDF's name from the input's.
base="$(basename -- "$file")"
extension="dat"
[[ "$base" == *.* ]] && extension="${base##*.}"
cp "$file" "$work/in/document.$extension"
# The import filter of the file's kind, so a file that is not one fails instead of being read as text.
filter=()
case "${extension,,}" in
  docx) filter=("--infilter=MS Word 2007 XML") ;;
  xlsx) filter=("--infilter=Calc MS Excel 2007 XML") ;;
esac
status=0
log="$(cd "$work" && HOME="$work" timeout "${OFFICE_CHECK_TIMEOUT:-180}" soffice --headless --norestore \
  "-env:UserInstallation=file://$work/profile" ${filter[@]+"${filter[@]}"} --convert-to pdf --outdir "$work/out" \
  "$work/in/document.$extension" 2>&1)" || status=$?
pdf="$work/out/document.pdf"
if [ "$status" -ne 0 ] || grep -q "^Error" <<<"$log" || [ ! -s "$pdf" ]; then
  echo "pdf_text.sh: LibreOffice could not convert $file to PDF (exit $status):" >&2
  echo "$log" >&2
  exit 1
fi
if [ $# -eq 2 ]; then cp "$pdf" "$2"; fi
pdftotext -enc UTF-8 "$pdf" -
