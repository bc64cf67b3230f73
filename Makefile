# Two commands set everything up: `make run` and `make test` (see README.md).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: run serve test test-postgres install messages format clean two-servers

$(VENV)/.installed: requirements.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) is needed (Python 3.11)"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# The browser tests' tools, pinned in package-lock.json: axe-core (injected by tests/browser) and
# Lighthouse (scripts/lighthouse.py). Installed again when the lock file changes.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "npm is needed for the browser tests (Node 18.16 or later): apt-get install nodejs npm"; exit 1; }
	npm ci --no-audit --no-fund
	touch $@

# `make run` needs only Python: without npm the browser tools are left out (`make test` insists on them).
install: $(VENV)/.installed
	$(PY) scripts/catalogues.py compile >/dev/null
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory -s node_modules/.installed; \
	else echo "npm not found: axe-core and Lighthouse not installed (make test needs them)"; fi

run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: install
	mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	$(MANAGE) dev_admin
	$(MANAGE) runserver $(HOST):$(PORT)

# Production mode on this machine, as an operator runs it: production settings, hashed and compressed
# static files, migrations, the task worker (mails, index updates), the scheduler (scheduled publishing,
# purges, mail retries, index upkeep) and gunicorn. Needs the production variables (README, "Production
# mode"); stopping gunicorn stops the worker and the scheduler too. deploy/ has the same as systemd units.
serve: export DJANGO_SETTINGS_MODULE = config.settings.production
serve: export GUNICORN_BIND ?= $(HOST):$(PORT)
serve: install
	mkdir -p var
	$(MANAGE) collectstatic --no-input --verbosity 0
	$(MANAGE) migrate --no-input
	$(MANAGE) db_worker & worker=$$!; $(MANAGE) run_scheduler & scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null' EXIT; $(VENV)/bin/gunicorn -c config/gunicorn.conf.py

test: install node_modules/.installed
	mkdir -p var
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run
	$(PY) scripts/catalogues.py check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest

# The pytest suite again on PostgreSQL (pytest-django creates and drops test_<name>).
test-postgres: install
	DATABASE_URL=$(POSTGRES_URL) $(VENV)/bin/pytest

# Regenerate the catalogues after changing interface strings, then translate the new entries.
messages: install
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=var --ignore=node_modules
	$(PY) scripts/catalogues.py compile

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf var test-artifacts .pytest_cache .ruff_cache

# Two gunicorn servers on one PostgreSQL and one Redis: a submission, the rate limit and a publish cross over.
two-servers: install
	$(PY) scripts/two_servers.py

# Lighthouse on home, a project, the directory and the sign-up form, served with production settings
# (scripts/lighthouse.py; not part of `make test`, it takes minutes). LIGHTHOUSE_LANGUAGES=nl,ar for Arabic too.
.PHONY: lighthouse
LIGHTHOUSE_LANGUAGES ?= nl
lighthouse: install node_modules/.installed
	$(PY) scripts/lighthouse.py --languages $(LIGHTHOUSE_LANGUAGES)
