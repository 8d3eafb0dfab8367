# Everything runs inside .venv, created on first use; the stamp makes repeated runs quick.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.strikewatch-installed

.PHONY: install demo test bench lint

install: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: install
	$(BIN)/strikewatch extract samples/articles.jsonl --format json

test: install
	$(BIN)/python -m pytest -q
	$(BIN)/python eval/gate.py

bench: install
	$(BIN)/python benchmarks/extract_speed.py

lint: install
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	$(BIN)/ruff check src tests benchmarks
