# The README's two commands. Each sets everything up from nothing (a virtual
# environment in .venv with evtable and its dependencies) and then does its job.
## The interpreter the virtual environment is made from: the first of these that is
## CPython 3.11 or newer and can make a venv with pip (ensurepip with its pip wheel: Debian
## ships it apart, in python3-venv). The distribution's own Python comes
## first: Debian's (and Ubuntu's) is built with profile-guided optimisation and linked
## statically, and runs a one-core build in 10-15% less CPU time than a pyenv build with
## default options (a shared libpython, no PGO), which is what a `python3` on PATH often
## is (bench/interpreters.py, docs/performance.md). Any other 3.11+ works:
## `make run PYTHON=python3.12`.
PYTHON_CANDIDATES := /usr/bin/python3 python3
PYTHON ?= $(or $(shell for p in $(PYTHON_CANDIDATES); do \
	"$$p" -c 'import sys, venv, ensurepip; ensurepip.version(); sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 \
	&& { echo "$$p"; break; }; done),python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench quality clean bytecode

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

## Byte-compile evtable's sources, as a regular (non-editable) install does. Where
## PYTHONDONTWRITEBYTECODE is set (it is on our build machines) nothing else writes the
## cache, and every command compiled the sources again: ~0.2 s of each start.
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q src

## Set up, then run the main job: evidence tables for seeds/ into exports/.
run: bytecode
	$(BIN)/evtable build seeds --out exports

## Set up, then lint, type-check and run the whole test suite.
LINTED := src tests $(wildcard bench)

test: bytecode
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy src
	$(BIN)/python -m pytest

bench: bytecode
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
