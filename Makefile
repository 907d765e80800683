# Kartu: `make run` sets everything up and serves the demo; `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run worker test lint format install messages migrate demo browser-tools bench clean

$(VENV)/.installed: requirements.txt constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

# .mo files are built from site/locale with polib: no system gettext needed.
messages: install
	$(MANAGE) compile_catalogues

migrate: install messages
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo

run: demo
	@echo "Serving Kartu on http://$(HOST):$(PORT)/ (Ctrl+C to stop)"
	$(MANAGE) runserver $(HOST):$(PORT)

# The background worker for KARTU_TASKS=database (production's default): runs the index
# updates, search hit counts, subtree translations and email that requests enqueue. Beside `make run`:
# `KARTU_TASKS=database make run` in one terminal, `KARTU_TASKS=database make worker` in another.
worker: migrate
	$(MANAGE) db_worker

# axe-core for the Chromium tests comes from the npm registry, pinned in package-lock.json.
node_modules/axe-core/axe.min.js: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent; \
	else echo "!! npm is missing: the browser tests cannot load axe-core"; fi

browser-tools: node_modules/axe-core/axe.min.js

test: install messages browser-tools
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# ruff, and the floors of DESIGN.md as import-linter contracts (pyproject.toml).
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	PYTHONPATH=site $(VENV)/bin/lint-imports --no-cache

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: migrate
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media static_collected .pytest_cache
