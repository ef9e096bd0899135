#!/usr/bin/env bash
# Gate 2: linkchecker over file:// and over a local HTTP server (python3 -m http.server on
# 127.0.0.1, a free port). Internal links only: every page is a start URL, so a page nothing
# links to is checked too. Any broken link fails the gate; warnings are reported.
set -uo pipefail
source "$(dirname "$0")/common.sh"
SITE="$(cd "${1:?usage: links.sh SITE_DIR}" && pwd)"
need linkchecker "links"

status=0
# run LABEL BASE_URL: checks every page of SITE under BASE_URL.
run() {
  local label="$1" base="$2" out summary
  out=$(mktemp)
  (cd "$SITE" && find . -name '*.html' | sed 's#^\./##' | sort | sed "s#^#$base/#") |
    linkchecker --no-status --stdin >"$out" 2>&1
  local rc=$?
  summary=$(grep -E "^That's it\." "$out")
  if [ "$rc" -ne 0 ] || [ -z "$summary" ]; then
    grep -vE '^(WARNING|INFO) linkcheck\.' "$out" | sed -n '/^Start checking/,$p' | head -200
    [ -n "$summary" ] || tail -20 "$out"
    echo "links ($label): FAILED (exit $rc)" >&2
    status=1
  elif ! echo "$summary" | grep -q ' 0 warnings found'; then
    sed -n '/^Start checking/,/^Statistics/p' "$out" | head -100
  fi
  echo "links ($label): ${summary:-no summary}"
  rm -f "$out"
}

# Run as root, linkchecker drops privileges to "nobody", which must be able to read the site:
# when it cannot (a clone under a private folder), check a world-readable copy instead.
FILE_SITE="$SITE"
if [ "$(id -u)" = 0 ] && ! runuser -u nobody -- test -r "$SITE/index.html" 2>/dev/null; then
  FILE_SITE=$(mktemp -d)
  cp -R "$SITE/." "$FILE_SITE"
  chmod -R a+rX "$FILE_SITE"
  echo "links: $SITE is not readable by nobody (linkchecker's user under root); checking a copy in $FILE_SITE"
fi
run "file://" "file://$FILE_SITE"
[ "$FILE_SITE" = "$SITE" ] || rm -rf "$FILE_SITE"

port=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
"$PYTHON" -m http.server --bind 127.0.0.1 --directory "$SITE" "$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 50); do
  "$PYTHON" -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/index.html')" 2>/dev/null && break
  sleep 0.1
done
run "http://127.0.0.1:$port" "http://127.0.0.1:$port"
exit $status
