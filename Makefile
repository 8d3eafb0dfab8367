# Everything runs inside .venv, created on first use; the stamp makes repeated runs quick.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.strikewatch-installed

.PHONY: install demo serve test bench lint screenshot train

install: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The main job on the embedded default: store the bundled samples in strikewatch.db (SQLite),
# reconcile them into incidents and list those. `make serve` then opens the dashboard on them.
demo: install
	$(BIN)/strikewatch ingest samples/articles.jsonl
	$(BIN)/strikewatch incidents

serve: demo
	$(BIN)/strikewatch serve

test: install
	$(BIN)/python -m pytest -q
	$(BIN)/python eval/gate.py
	$(BIN)/python eval/gate.py --input eval/holdout/articles.jsonl --gold eval/holdout/gold.jsonl \
		--floors eval/holdout/baseline.json
	$(BIN)/python eval/gate.py --input eval/holdout2/articles.jsonl --gold eval/holdout2/gold.jsonl \
		--floors eval/holdout2/baseline.json
	$(BIN)/python eval/gate.py --input corpus/dev/articles.jsonl --gold corpus/dev/gold.jsonl \
		--floors corpus/dev/baseline.json
	$(BIN)/python eval/gate.py --input corpus/test/articles.jsonl --gold corpus/test/gold.jsonl \
		--floors corpus/test/baseline.json
	$(BIN)/python eval/gate.py --input corpus/test2/articles.jsonl --gold corpus/test2/gold.jsonl \
		--floors corpus/test2/baseline.json
	$(BIN)/python eval/prefilter_recall.py
	$(BIN)/python eval/gate.py --input corpus-ukru/dev/articles.jsonl --gold corpus-ukru/dev/gold.jsonl \
		--floors corpus-ukru/dev/baseline.json
	$(BIN)/python eval/gate.py --input corpus-ukru/test/articles.jsonl --gold corpus-ukru/test/gold.jsonl \
		--floors corpus-ukru/test/baseline.json
	$(BIN)/python eval/roundtrip.py --min-agreement 0.95

# Retrain the role model from the annotated training split and the project corpus; the model ships
# inside the package (src/strikewatch/extract/data/roles.json). Then `make test` gates the result.
train: install
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python -m strikewatch.extract.train corpus/train eval

bench: install
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/extract_speed_ukru.py
	$(BIN)/python benchmarks/brief_speed.py
	$(BIN)/python benchmarks/reconcile_speed.py
	$(BIN)/python benchmarks/ingest_sources.py
	$(BIN)/python benchmarks/serve_latency.py
	$(BIN)/python benchmarks/store_speed.py
	$(BIN)/python benchmarks/add_one_article.py
	$(BIN)/python benchmarks/prefilter.py
	$(BIN)/python benchmarks/scaling.py
	$(BIN)/python benchmarks/memory_flat.py

# Refresh docs/screenshot-overview.png (1366x900) and docs/screenshot-phone.png (390x844) from the browser tests
screenshot: install
	STRIKEWATCH_DOCS_SCREENSHOT=1 $(BIN)/python -m pytest -q tests/browser

lint: install
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	$(BIN)/ruff check src tests benchmarks eval
