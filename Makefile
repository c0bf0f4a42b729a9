# Dossier — set-up, demo, tests and benchmarks.
#   make demo   set up, build (release), and build the graph from seeds/
#   make test   set up, check formatting, build once and run every test

SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_STORE ?= demo.sqlite
RELEASE_BIN = .build/release/dossier

.PHONY: setup demo test format clean

# System packages: libgraphviz (with pkg-config) for rendering.
setup:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc; then \
		echo "setup: installing libgraphviz-dev and pkg-config"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y libgraphviz-dev pkg-config; \
	fi

demo: setup
	swift build -c release --product dossier
	rm -f $(DEMO_STORE) $(DEMO_STORE)-wal $(DEMO_STORE)-shm
	$(RELEASE_BIN) build --store $(DEMO_STORE) examples/nodes.csv examples/edges.csv
	$(RELEASE_BIN) stats --store $(DEMO_STORE)
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
