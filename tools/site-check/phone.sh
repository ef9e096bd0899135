#!/usr/bin/env bash
# Gate 4: the site on a phone. At a 390 px viewport (headless Chromium), every status cell of
# the dashboard, a month page and an indicator page lies within the viewport, every row's name
# too (the staff page: its row names) (with room for four characters a line at least), and no page scrolls sideways.
set -uo pipefail
source "$(dirname "$0")/common.sh"
SITE="${1:?usage: phone.sh SITE_DIR}"
need chromium "phone"
need chromedriver "phone"
need "$VENV/bin/python" "phone"
"$VENV/bin/python" -c 'import selenium' 2>/dev/null || need "selenium (Python package)" "phone"
exec "$VENV/bin/python" "$(dirname "$0")/browser.py" phone "$SITE"
