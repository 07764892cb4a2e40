# Kompass Integration & Gemeinwohl. `make run` and `make test` do all set-up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
LANGS := de en ar fa uk ru tr bs
# A checkout is a development machine unless the environment says otherwise.
export DJANGO_ENV ?= development

# The first Python that is 3.12 or newer.
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; \
	then echo $$p; break; fi; done)

.PHONY: help run test stop db lint fmt check messages lock clean bench

help:
	@echo "make run    site with demo data on http://127.0.0.1:$(PORT)/de/ (PORT=… to change)"
	@echo "make test   the whole suite: lint, checks, pytest with browser tests"
	@echo "make stop   stop the embedded PostgreSQL cluster"
	@echo "make bench  benchmark the offer pages on gunicorn with 10,000 offers"
	@echo "make fmt    format code and templates"
	@echo "make messages  update the .po files from the code"
	@echo "make lock   recompute the locked dependency versions"

$(VENV)/.installed: requirements-dev.lock
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed: install it (Debian/Ubuntu: apt-get install python3.12 python3.12-venv), then run make again." >&2; exit 1; }
	@command -v msgfmt >/dev/null || { echo "GNU gettext is needed to compile translations: install it (Debian/Ubuntu: apt-get install gettext), then run make again." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.lock
	@touch $@

# The embedded PostgreSQL cluster in .pgdata/, unless DATABASE_URL names a database.
db: $(VENV)/.installed
ifndef DATABASE_URL
	@$(PY) -m integration_portal.devdb start
endif

run: db
	$(PY) manage.py migrate --noinput
	$(PY) manage.py compilemessages --ignore=.venv --ignore=.pgdata --verbosity 0
	$(PY) manage.py load_demo
	@$(PY) manage.py create_demo_staff
	@echo "Kompass: http://127.0.0.1:$(PORT)/de/   admin: http://127.0.0.1:$(PORT)/admin/"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

check: db
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py compilemessages --ignore=.venv --ignore=.pgdata --verbosity 0

test: check
	$(VENV)/bin/pytest

# Production server (gunicorn) on 10,000 offers: median, p95 and requests/s per page.
bench: db
	$(PY) manage.py migrate --noinput --verbosity 0
	$(PY) manage.py load_demo --verbosity 0
	$(PY) manage.py benchmark_offers --offers $${OFFERS:-10000}

stop:
	@$(if $(wildcard $(PY)),$(PY),$(PYTHON)) -m integration_portal.devdb stop

fmt: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

# Update every .po file from the code. English is the source language: its catalogue is
# regenerated as msgstr = msgid; the others then need their new entries translated.
messages: $(VENV)/.installed
	$(PY) manage.py makemessages $(addprefix -l ,$(LANGS)) --ignore=.venv --ignore=.pgdata --ignore=tests --add-location=file --no-obsolete
	msgfilter --keep-header -i locale/en/LC_MESSAGES/django.po sed -e d \
		| msgattrib --clear-fuzzy --clear-previous \
		| msgen -o locale/en/LC_MESSAGES/django.po -

# Exact versions: requirements.lock for the production image, requirements-dev.lock for make.
lock: $(VENV)/.installed
	$(VENV)/bin/pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml
	$(VENV)/bin/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links --extra dev -o requirements-dev.lock pyproject.toml

clean:
	rm -rf $(VENV) staticfiles test-artifacts
