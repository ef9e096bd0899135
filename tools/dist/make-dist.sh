#!/usr/bin/env bash
# make dist: the release tarball for a machine without Swift (documents.md, "A team without a
# programmer"). A release binary with the Swift runtime and Foundation linked in statically
# (--static-swift-stdlib), the shared libraries a fresh Debian/Ubuntu lacks (libcmark, libturbojpeg,
# libpng, librsvg and its closure) in lib/ beside it, found through an rpath of $ORIGIN/lib, and a
# README.txt. Writes dist/huibao-<version>-linux-x86_64.tar.gz; the tar itself is deterministic
# (sorted names, owner 0, mtime of the last commit, gzip without a timestamp).
set -euo pipefail
cd "$(dirname "$0")/../.."

SWIFT=${SWIFT:-swift}
# One version for `huibao --version` and the tarball's name.
version=$(sed -n 's/^ *version: "\([^"]*\)",$/\1/p' Sources/huibao/Huibao.swift)
[ -n "$version" ] || { echo "make dist: no version in Sources/huibao/Huibao.swift" >&2; exit 1; }
name="huibao-$version-linux-x86_64"

# DT_RPATH (not RUNPATH, --disable-new-dtags): the loader also uses it for the bundled libraries'
# own dependencies (librsvg → cairo → pixman …), so they need no rpath of their own.
$SWIFT build -c release --product huibao --static-swift-stdlib \
  -Xlinker --disable-new-dtags -Xlinker -rpath -Xlinker '$ORIGIN/lib'
bin="$($SWIFT build -c release --show-bin-path)/huibao"

stage=".build-dist/stage/$name"
rm -rf .build-dist/stage
mkdir -p "$stage/lib"
strip -o "$stage/huibao" "$bin"

# Every library the binary loads, except those every Debian and Ubuntu has (glibc, libgcc_s,
# libstdc++ and zlib are in a debootstrap minbase: apt and dpkg need them).
system='^(linux-vdso\.so|ld-linux-x86-64\.so|libc\.so|libm\.so|libpthread\.so|libdl\.so|librt\.so|libresolv\.so|libutil\.so|libgcc_s\.so|libstdc\+\+\.so|libz\.so)'
ldd "$bin" | awk '$2 == "=>" && $3 ~ /^\// { print $1, $3 }' | sort | while read -r soname path; do
  [[ "$soname" =~ $system ]] && continue
  cp -L "$path" "$stage/lib/$soname"
  chmod 0644 "$stage/lib/$soname"
done
if ldd "$bin" | grep -q "not found"; then
  echo "make dist: the binary misses a library on this machine (make deps):" >&2
  ldd "$bin" | grep "not found" >&2
  exit 1
fi

sed "s/@VERSION@/$version/g" tools/dist/README.txt > "$stage/README.txt"
chmod 0755 "$stage/huibao"
chmod 0644 "$stage/README.txt"

mkdir -p dist
mtime=$(git log -1 --format=%ct 2>/dev/null || echo 0)
tar --sort=name --mtime="@$mtime" --owner=0 --group=0 --numeric-owner --format=gnu \
  -C .build-dist/stage -cf - "$name" | gzip -n -9 > "dist/$name.tar.gz.tmp"
mv "dist/$name.tar.gz.tmp" "dist/$name.tar.gz"
echo "已生成 dist/$name.tar.gz（$(du -h "dist/$name.tar.gz" | cut -f1)，lib/ 里 $(ls "$stage/lib" | wc -l) 个库）"
