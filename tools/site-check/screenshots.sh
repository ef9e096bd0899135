#!/usr/bin/env bash
# make screenshots: PNGs of the dashboard, a month page, an indicator page and the staff page at 1280 px wide,
# and of the dashboard at phone width (390 px), full page height, via headless Chromium.
set -uo pipefail
source "$(dirname "$0")/common.sh"
SITE="${1:?usage: screenshots.sh SITE_DIR OUT_DIR}"
OUT="${2:?usage: screenshots.sh SITE_DIR OUT_DIR}"
need chromium "screenshots"
need chromedriver "screenshots"
need "$VENV/bin/python" "screenshots"
"$VENV/bin/python" -c "import selenium" 2>/dev/null || need "selenium (Python package)" "screenshots"
exec "$VENV/bin/python" "$(dirname "$0")/browser.py" screenshots "$SITE" "$OUT"
