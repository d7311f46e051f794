# Operators' entry points: `make run` and `make test` (see README.md).
# Each part that needs its own build steps owns a fragment in mk/*.mk:
#   mk/bot.mk       the Rasa project (bot/.venv, model, bot-test)
#   mk/frontend.mk  the widget and agent console bundles (npm)
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON311 ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
VPY := $(VENV)/bin/python
# pip's and npm's caches live outside the repo so a clean clone installs from disk.
export PIP_CACHE_DIR ?= $(HOME)/.cache/pip
export npm_config_cache ?= $(HOME)/.cache/npm
export PIP_DISABLE_PIP_VERSION_CHECK := 1

# Targets that fragments add their own prerequisites to.
RUN_PREREQS :=
TEST_PREREQS :=

.PHONY: help venv run test lint typecheck unit system-deps bench drills clean password-model
help:
	@echo "make run    install what is missing, train the bot if needed, start every part"
	@echo "make test   install what is missing and run the whole test suite"
	@echo "make drills fault drills (node kill, Redis restart, Rasa/SMTP down, fuzzing)"
	@echo "make lint / typecheck / bench / clean"

venv: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml requirements.lock
	@$(PYTHON311) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required for .venv"'
	test -x $(VPY) || $(PYTHON311) -m venv $(VENV)
	$(VPY) -m pip install -q -r requirements.lock
	$(VPY) -m pip install -q --no-deps -e .
	touch $@

# Debian packages the service and its tests use (root installs them; others are told).
system-deps:
	@missing=""; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "Please install:$$missing (apt-get install$$missing)"; exit 1; fi; \
	fi

-include mk/*.mk

run: venv system-deps $(RUN_PREREQS)
	LIVECHAT_ENV=$${LIVECHAT_ENV:-development} $(VPY) -m chat_server.devrun

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check chat_server redaction tests bench

typecheck: venv
	$(VENV)/bin/mypy

unit: venv
	$(VENV)/bin/pytest -q tests/unit

test: venv system-deps $(TEST_PREREQS)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest -q -p no:cacheprovider --durations=30 $(PYTEST_ARGS)

# The fault drills alone (they also run under `make test`).
drills: venv system-deps
	$(VENV)/bin/pytest -q -s -p no:cacheprovider tests/drills

# Retrain the learned password scorer (redaction/data/password_model.json; docs/redaction.md)
password-model: venv
	PYTHONPATH=. $(VPY) redaction/data/train_password_model.py

bench: venv system-deps
	@for b in bench/*.py; do echo "== $$b"; $(VPY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
