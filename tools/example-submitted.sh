#!/usr/bin/env bash
# Makes the example's submitted month again: Content/submitted/2025-11.json as
# `huibao month 2025-11 --submit` writes it for the example as it is, minus the correction made
# after the submission (the `care_staff: 3` line and the 12月补记 paragraph of
# 三官庙街道女职工关爱室建成启用.md), which is what the example's 勘误 shows. Run it after other
# changes to the example's November files (then re-record the golden trees); the correction stays.
#   tools/example-submitted.sh            (uses .build/debug/huibao; HUIBAO_BIN overrides)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${HUIBAO_BIN:-$root/.build/debug/huibao}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -a "$root/Content" "$work/Content"
chmod -R u+w "$work/Content"
rm -f "$work/Content/submitted/2025-11.json"
python3 - "$work/Content/activities/2025-11/三官庙街道女职工关爱室建成启用.md" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
line = "  care_staff: 3\n"
note = "\n\n（12月补记：启用当天，企业工会3名女职工委员经培训担任关爱员，负责关爱室日常管理，补计入“覆盖关爱专员、关爱员”。）\n"
if line not in text or not text.endswith(note):
    sys.exit("the correction is not in the write-up as this script expects; edit tools/example-submitted.sh")
open(path, "w", encoding="utf-8").write(text.replace(line, "", 1)[: -len(note)] + "\n")
PY
"$bin" month 2025-11 --source "$work" --html --submit --output "$work/月报-2025-11.html" >/dev/null
rm -f "$root/Content/submitted/2025-11.json"
cp "$work/Content/submitted/2025-11.json" "$root/Content/submitted/2025-11.json"
echo "Content/submitted/2025-11.json made again; now re-record the golden trees (RECORD_SNAPSHOTS=1)."
