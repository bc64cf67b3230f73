# Two commands set everything up: `make run` and `make test` (see README.md).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: run test test-postgres install messages format clean

$(VENV)/.installed: requirements.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) is needed (Python 3.11)"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed
	$(PY) scripts/catalogues.py compile >/dev/null

run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: install
	mkdir -p var
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	$(MANAGE) dev_admin
	$(MANAGE) runserver $(HOST):$(PORT)

test: install
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
