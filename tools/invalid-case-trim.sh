#!/usr/bin/env bash
# Converts bad-input cases of the old layout (a complete project per case) to base plus
# differences: removes every file of a case that is byte-identical to the base file at the same
# path, and prints what it removed. With no arguments, every case. See Tests/Fixtures/invalid/README.md.
#   tools/invalid-case-trim.sh [case …]
# INVALID_CASES points it at another folder of cases. A case that relied on a base file being absent needs that path in its deleted.txt.
set -euo pipefail
cases="${INVALID_CASES:-$(cd "$(dirname "$0")/.." && pwd)/Tests/Fixtures/invalid}"
base="$cases/_base"
if [ $# -eq 0 ]; then
  set -- $(cd "$cases" && for d in */; do d=${d%/}; case "$d" in _* | .*) ;; *) echo "$d" ;; esac; done)
fi
for name in "$@"; do
  [ -d "$cases/$name" ] || { echo "no case $cases/$name" >&2; exit 2; }
  while IFS= read -r path; do
    file="$cases/$name/$path"
    if [ -f "$file" ] && [ ! -L "$file" ] && cmp -s "$file" "$base/$path"; then
      rm "$file"
      echo "$name/$path"
    fi
  done < <(cd "$base" && find . -type f | sed 's|^\./||' | sort)
  find "$cases/$name" -mindepth 1 -type d -empty -delete
done
