# Broadsheet: `make run` serves the demo newsroom, `make test` runs every check.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
BROADSHEET := $(BIN)/broadsheet
CHROMIUM := /usr/bin/chromium

.PHONY: install run test lint checks pytest system-deps speech messages audit clean

$(BIN)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# The quality gates' real clients (Nu HTML Checker, axe-core, Lighthouse) come from npm.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(BIN)/.installed node_modules/.installed speech

run: install
	$(BROADSHEET) migrate --noinput
	$(BROADSHEET) collectstatic --noinput --verbosity 0
	$(BROADSHEET) demo
	$(BROADSHEET) serve

test: install system-deps lint checks pytest

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

checks:
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run

pytest:
	$(BIN)/pytest

# Debian packages the tests use: Chromium for browser tests (never a downloaded browser)
# and gettext, which checks that the interface catalogues hold every string.
SYSTEM_PACKAGES := chromium fonts-liberation gettext
system-deps:
	@test -x $(CHROMIUM) -a -x /usr/bin/xgettext || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $(SYSTEM_PACKAGES); }

# After changing interface strings: update every edition's catalogue, translate, then compile.
messages: install
	cd broadsheet && ../$(BIN)/django-admin makemessages --no-location \
	  $(foreach l,ar es ru de fr sr,-l $(l)) \
	  --ignore '*/migrations/*'
	cd broadsheet && ../$(BIN)/django-admin compilemessages

# Nu HTML Checker, axe and Lighthouse (mobile) against the demo site, printed as a table.
audit: install system-deps
	$(BROADSHEET) migrate --noinput
	$(BROADSHEET) collectstatic --noinput --verbosity 0
	$(BROADSHEET) demo
	$(BIN)/python bench/audit.py

# The demo podcasts are spoken by Debian's espeak-ng.
speech:
	@command -v espeak-ng >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq espeak-ng; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq espeak-ng; fi; }

clean:
	rm -rf $(VENV) var/static .pytest_cache
