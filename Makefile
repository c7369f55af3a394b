# Broadsheet: `make run` serves the demo newsroom, `make test` runs every check.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
BROADSHEET := $(BIN)/broadsheet
CHROMIUM := /usr/bin/chromium

.PHONY: install run demo serve test lint checks pytest browser speech clean

$(BIN)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed speech

run: install
	$(BROADSHEET) migrate --noinput
	$(BROADSHEET) collectstatic --noinput --verbosity 0
	$(BROADSHEET) demo
	$(BROADSHEET) serve

test: install browser lint checks pytest

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

checks:
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run

pytest:
	$(BIN)/pytest

# Browser tests drive Debian's Chromium; never a downloaded browser.
browser:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium fonts-liberation; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium fonts-liberation; fi; }

# The demo podcasts are spoken by Debian's espeak-ng.
speech:
	@command -v espeak-ng >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq espeak-ng; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq espeak-ng; fi; }

clean:
	rm -rf $(VENV) var/static .pytest_cache
