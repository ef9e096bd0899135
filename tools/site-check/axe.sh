#!/usr/bin/env bash
# Gate 3: axe-core 4.12 in headless Chromium on the dashboard, a month page, an indicator
# page and the staff page, at 1280 px and at 390 px (a phone); any serious or critical violation fails the gate.
set -uo pipefail
source "$(dirname "$0")/common.sh"
SITE="${1:?usage: axe.sh SITE_DIR}"
need chromium "axe"
need chromedriver "axe"
need "$VENV/bin/python" "axe"
"$VENV/bin/python" -c 'import selenium, axe_playwright_python' 2>/dev/null || need "selenium+axe-playwright-python (Python packages)" "axe"
exec "$VENV/bin/python" "$(dirname "$0")/browser.py" axe "$SITE"
