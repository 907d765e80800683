# Kartu: `make run` sets everything up and serves the demo; `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run worker test lint format install messages migrate demo browser-tools bench bench-tools bench-quick bench-memory backup restore clean

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
	$(MANAGE) load_network_demo

run: demo
	@echo "Serving Kartu on http://$(HOST):$(PORT)/ (Ctrl+C to stop); the network demo's two"
	@echo "sites: http://taurage.localhost:$(PORT)/ and http://lielupe.localhost:$(PORT)/, and the"
	@echo "network home listing both: http://network.localhost:$(PORT)/"
	$(MANAGE) runserver $(HOST):$(PORT)

# The background worker for KARTU_TASKS=database (production's default): runs the index
# updates, search hit counts, subtree translations and email that requests enqueue. Beside `make run`:
# `KARTU_TASKS=database make run` in one terminal, `KARTU_TASKS=database make worker` in another.
worker: migrate
	$(MANAGE) db_worker

# Backups (README "Backups"): one archive with a consistent database dump, the media files and
# a manifest of SHA-256 sums, in BACKUP_DIR (default: KARTU_BACKUP_DIR, else backups/). No
# install step: cron runs it against the installed site, with the site's environment.
backup:
	$(MANAGE) backup $(if $(BACKUP_DIR),--output "$(BACKUP_DIR)")

# Restore ARCHIVE into an empty database and media folder (FORCE=1 to replace what is there),
# then migrate and forget cached pages. Stop the app servers and the worker first.
restore:
	@test -n "$(ARCHIVE)" || { echo "Usage: make restore ARCHIVE=backups/kartu-backup-….tar"; exit 2; }
	$(MANAGE) restore "$(ARCHIVE)" $(if $(FORCE),--force)

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

# wrk, the load generator, is Debian's package: installed here when missing and run as root.
bench-tools:
	@command -v wrk >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "== Installing Debian's wrk"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	  else echo "!! wrk is missing: install Debian's package (sudo apt-get install wrk)"; exit 1; fi; }

# The load benchmark (bench/load.py, ~15 min on 2 cores): gunicorn under wrk, small and large
# site, uncached and cached; BENCH_ARGS=--quick for a smoke run. Reports in bench/results/.
bench: install messages bench-tools
	$(PY) -m bench.load $(BENCH_ARGS)

# The in-process benchmark of list pages (bench/quick.py): query counts and times, 5 and 200 items.
bench-quick: install messages
	$(PY) bench/quick.py

# The translation memory (bench/translation_memory.py): a page of 50 strings against 300 and
# 3,000 remembered ones, on DATABASE_URL's database (SQLite when unset).
bench-memory: install messages
	$(PY) bench/translation_memory.py

clean:
	rm -rf $(VENV) node_modules db.sqlite3 media static_collected .pytest_cache bench/results/tmp
