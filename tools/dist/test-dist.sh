#!/usr/bin/env bash
# make test-dist: the release tarball on a machine that has never seen Swift. A clean Debian root
# (debootstrap --variant=minbase bookworm, made once and kept in .build-dist/root), checked to hold
# no Swift runtime, no libcmark and no image library; the tarball unpacked into it; then, under
# chroot, `huibao init 项目`, `huibao check` and `huibao build` must succeed and write index.html,
# and `huibao month` its Word file.
# Needs root (chroot, mount) and, the first time, the network (deb.debian.org) and debootstrap.
set -euo pipefail
[ "$(id -u)" = 0 ] || exec sudo bash "$0" "$@"
cd "$(dirname "$0")/../.."

MIRROR=${MIRROR:-http://deb.debian.org/debian}
root=.build-dist/root
fail() { echo "test-dist: $*" >&2; exit 1; }
step() { printf '%s (%ss)\n' "$1" "$(( $(date +%s) - $2 ))"; }

version=$(sed -n 's/^ *version: "\([^"]*\)",$/\1/p' Sources/huibao/Huibao.swift)
name="huibao-$version-linux-x86_64"
tarball="dist/$name.tar.gz"
[ -s "$tarball" ] || fail "没有 $tarball，请先运行 make dist。"

if [ ! -x "$root/bin/sh" ]; then
  command -v debootstrap >/dev/null || {
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap; }
  t=$(date +%s)
  rm -rf "$root.tmp"
  debootstrap --variant=minbase bookworm "$root.tmp" "$MIRROR"
  mv "$root.tmp" "$root"
  step "debootstrap --variant=minbase bookworm" "$t"
fi

# Last run's unpacked tarball and project go first; then the root must be clean again: nothing
# the tarball is supposed to bring.
rm -rf "$root/opt/huibao" "$root/root/项目"
found=$(find "$root/usr" "$root/lib" "$root/opt" \( -name 'libswift*' -o -name 'libFoundation*' \
  -o -name 'libcmark*' -o -name 'libturbojpeg*' -o -name 'libjpeg*' -o -name 'libpng*' \
  -o -name 'librsvg*' -o -name 'libcairo*' -o -name 'swift' \) -print 2>/dev/null || true)
[ -z "$found" ] || fail "the Debian root is not clean (rm -rf $root and rerun): $found"

t=$(date +%s)
mkdir -p "$root/opt/huibao"
tar -xzf "$tarball" -C "$root/opt/huibao"
step "unpack $tarball" "$t"

mount -t proc proc "$root/proc"
trap 'umount "$root/proc"' EXIT
run() {
  local t; t=$(date +%s)
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 /bin/sh -c "$1" \
    || fail "under chroot: $1 failed"
  step "chroot: $1" "$t"
}
hb="/opt/huibao/$name/huibao"
missing=$(chroot "$root" ldd "$hb" | grep "not found" || true)
[ -z "$missing" ] || fail "in the clean root the binary misses: $missing"
run "$hb --version"
run "cd /root && $hb init 项目"
run "cd /root/项目 && $hb check"
run "cd /root/项目 && $hb build"
[ -s "$root/root/项目/public/index.html" ] || fail "huibao build wrote no public/index.html"
# The Word month report draws its charts with librsvg and cairo: the bundled closure at work.
month=$(date +%Y-%m)
run "cd /root/项目 && $hb month $month"
[ -s "$root/root/项目/reports/月报-$month.docx" ] || fail "huibao month wrote no reports/月报-$month.docx"
echo "test-dist: $name runs in a clean Debian bookworm root (init, check, build, month)."
