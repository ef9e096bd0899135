#!/usr/bin/env bash
# Lays one bad-input case over the base project into a folder, as InputCaseTests does, so it can
# be checked by hand or edited into a new case:
#   tools/invalid-case.sh negative-count /tmp/case && .build/debug/huibao check --source /tmp/case
# The folder must not exist yet. See Tests/Fixtures/invalid/README.md.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 <case> <new folder>" >&2
  exit 64
fi
cases="$(cd "$(dirname "$0")/.." && pwd)/Tests/Fixtures/invalid"
case_dir="$cases/$1"
target=$2
[ -d "$case_dir" ] || { echo "no case $case_dir" >&2; exit 2; }
[ ! -e "$target" ] || { echo "$target exists already" >&2; exit 2; }
mkdir -p "$target"
cp -a "$cases/_base/." "$target/"
cp -a "$case_dir/." "$target/"
rm -f "$target/expected.txt" "$target/deleted.txt"
if [ -f "$case_dir/deleted.txt" ]; then
  while IFS= read -r path || [ -n "$path" ]; do
    path="${path#"${path%%[![:space:]]*}"}"
    path="${path%"${path##*[![:space:]]}"}"
    case "$path" in "" | "#"*) continue ;; esac
    rm "$target/$path"
  done <"$case_dir/deleted.txt"
fi
