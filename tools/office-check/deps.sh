#!/usr/bin/env bash
# Install what the Office writer tests need, only what is missing (a fast no-op when all is there):
#   Debian: libreoffice-writer-nogui, libreoffice-calc-nogui (soffice --headless --convert-to pdf),
#           poppler-utils (pdftotext), fonts-noto-cjk (Chinese in the PDF);
#   PyPI (into the venv $VENV): python-docx and openpyxl, pinned with their dependencies.
set -euo pipefail
source "$(dirname "$0")/common.sh"

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

missing=()
# The Writer and Calc modules themselves (libswlo, libsclo), whichever package brought them.
[ -e "$LIBREOFFICE_PROGRAM/libswlo.so" ] && command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
[ -e "$LIBREOFFICE_PROGRAM/libsclo.so" ] && command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if ! "$PYTHON" -c 'import venv, ensurepip' 2>/dev/null; then missing+=(python3-venv); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "office-check: apt-get install ${missing[*]}"
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "office-check: creating $VENV"
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
  echo "office-check: pip install $PIP_PINS"
  # shellcheck disable=SC2086
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check $PIP_PINS
fi
echo "office-check: tools ready (soffice, pdftotext, fonts-noto-cjk, $VENV with python-docx and openpyxl)"
