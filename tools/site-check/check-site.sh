#!/usr/bin/env bash
# make check-site: the four gates over a built site, each timed. Every gate runs even when
# an earlier one fails; the exit status is non-zero when any failed. A gate whose tool is
# missing is skipped locally (exit 3 from the gate) and fails under CI=true.
set -uo pipefail
SITE="${1:?usage: check-site.sh SITE_DIR}"
DIR="$(dirname "$0")"
failed=()
summary=()
for gate in html links axe phone; do
  echo "== $gate"
  start=$(date +%s%N)
  bash "$DIR/$gate.sh" "$SITE"
  rc=$?
  tenths=$((($(date +%s%N) - start) / 100000000))
  seconds="$((tenths / 10)).$((tenths % 10))"
  case "$rc" in
    0) summary+=("$gate: passed in ${seconds} s") ;;
    3) summary+=("$gate: SKIPPED (tool missing; make check-site-deps installs it)") ;;
    *) failed+=("$gate"); summary+=("$gate: FAILED in ${seconds} s") ;;
  esac
done
echo "== check-site"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "check-site: FAILED (${failed[*]})" >&2
  exit 1
fi
skipped=$(printf '%s\n' "${summary[@]}" | grep -c SKIPPED)
if [ "$skipped" -gt 0 ]; then
  echo "check-site: no gate failed, but $skipped skipped (tools missing: make check-site-deps)"
else
  echo "check-site: all gates passed"
fi
