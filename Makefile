# huibao — make site (build the example site into public/) and make test (the whole suite).
SWIFT ?= swift
CONFIG ?= debug
BIN := .build/$(CONFIG)/huibao
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ASOF ?=

.PHONY: site test build deps report-deps clean format fuzz bench-serve

## Install libcmark-dev when it is missing (Debian/Ubuntu).
deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "正在安装 libcmark-dev（Markdown 解析库）…"; \
	  $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y libcmark-dev pkg-config; }

## What the report tests need besides the toolchain: Chromium for --pdf, Chinese fonts, poppler-utils to inspect PDFs.
report-deps:
	@command -v chromium >/dev/null && command -v pdfinfo >/dev/null && fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || { \
	  echo "正在安装 chromium、fonts-noto-cjk、poppler-utils…"; \
	  $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk poppler-utils; }

build: deps
	$(SWIFT) build -c $(CONFIG)

## Build the example site from Content/ into public/.
site: build
	$(BIN) build --source . --output public $(if $(ASOF),--as-of $(ASOF),)
	@echo "打开 public/index.html 查看网站。"

## The whole test suite (unit, golden pages, end-to-end CLI on the built binary).
test: deps
	$(SWIFT) build
	$(SWIFT) test

## libFuzzer over the content parsers (Fuzz/: its own package, so `swift build` and
## `swift test` never link libFuzzer), not part of `make test`. Each target runs FUZZ_SECONDS
## (default 120) from the seeds in Fuzz/corpus/<target>/; crashes land in Fuzz/crashes/
## (git-ignored); the end prints each target's total executions. FUZZ_TARGETS picks targets,
## FUZZ_PARALLEL=2 runs two at once. Fuzz/run.sh tells how to replay a crash.
FUZZ_SECONDS ?= 120
FUZZ_TARGETS ?= frontmatter yaml csv markdown content
FUZZ_PARALLEL ?= 1
fuzz: deps
	$(SWIFT) build -c release --package-path Fuzz --scratch-path .build-fuzz \
	  --sanitize fuzzer --sanitize address -Xswiftc -use-ld=lld
	FUZZ_PARALLEL=$(FUZZ_PARALLEL) bash Fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

## The live preview's edit-to-served time: the median over 10 one-file edits on the
## 10,000-write-up corpus (release build; the corpus is made once in .build-bench/).
BENCH_CORPUS ?= .build-bench/corpus-10000
bench-serve: deps
	$(SWIFT) build -c release --product huibao
	@test -d $(BENCH_CORPUS)/Content || python3 ../shared/bench/gen_corpus.py $(BENCH_CORPUS) 10000
	python3 Bench/serve_bench.py .build/release/huibao $(BENCH_CORPUS) 10

clean:
	rm -rf .build .build-fuzz public

## Format the Swift sources with the checked-in .swift-format.
format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift Fuzz/Sources Fuzz/Package.swift
