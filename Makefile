# The README's two commands. Each sets everything up from nothing (a virtual
# environment in .venv with evtable and its dependencies) and then does its job.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench quality clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

## Set up, then run the main job: evidence tables for seeds/ into exports/.
run: $(STAMP)
	$(BIN)/evtable build seeds --out exports

## Set up, then lint, type-check and run the whole test suite.
LINTED := src tests $(wildcard bench)

test: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy src
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
