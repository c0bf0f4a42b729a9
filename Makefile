# Dossier — set-up, demo, tests and benchmarks.
#   make demo   set up, build (release), and build the graph from seeds/
#   make test   set up, check formatting, build once and run every test

SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_STORE ?= demo.sqlite
RELEASE_BIN = .build/release/dossier

.PHONY: setup demo test format clean

# System packages: libgraphviz (with pkg-config) for rendering, and fonts
# that cover Latin, Greek, Cyrillic, Hebrew, Arabic and CJK names.
FONT_PACKAGES := fonts-dejavu-core fonts-freefont-ttf fonts-wqy-microhei
setup:
	@missing=""; \
	if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc; then \
		missing="libgraphviz-dev pkg-config"; \
	fi; \
	for package in $(FONT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "setup: installing$$missing"; \
		$(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	fi

demo: setup
	swift build -c release --product dossier
	rm -f $(DEMO_STORE) $(DEMO_STORE)-wal $(DEMO_STORE)-shm
	$(RELEASE_BIN) build --store $(DEMO_STORE) examples/nodes.csv examples/edges.csv
	$(RELEASE_BIN) stats --store $(DEMO_STORE)
	$(RELEASE_BIN) render --store $(DEMO_STORE) -o examples/seeds.svg
	$(RELEASE_BIN) render --store $(DEMO_STORE) -o examples/seeds.png
	@echo
	@echo "Try: $(RELEASE_BIN) show Bukhari --store $(DEMO_STORE)"

test: setup
	swift format lint --strict --recursive Sources Tests Package.swift
	swift build --build-tests
	swift test --skip-build

format:
	swift format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build $(DEMO_STORE) $(DEMO_STORE)-wal $(DEMO_STORE)-shm
