# Shared settings for the Office checkers (tools/office-check); sourced by the scripts beside it.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
# python-docx and openpyxl live in a venv under a git-ignored .build-* folder.
VENV="${OFFICE_CHECK_VENV:-$ROOT/.build-office-check/venv}"
# Pinned with their dependencies, so every machine reads the files with the same code.
PIP_PINS="python-docx==1.2.0 openpyxl==3.1.5 lxml==6.1.3 typing-extensions==4.16.0 et-xmlfile==2.0.0"
# The Debian packages: Writer and Calc without the GUI (headless conversion to PDF),
# poppler-utils (pdftotext, pdfinfo) and the CJK fonts LibreOffice needs to lay out Chinese.
LIBREOFFICE_PROGRAM="${LIBREOFFICE_PROGRAM:-/usr/lib/libreoffice/program}"
