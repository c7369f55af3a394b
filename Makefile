# Broadsheet: `make run` serves the demo newsroom, `make test` runs every check.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
BROADSHEET := $(BIN)/broadsheet
CHROMIUM := /usr/bin/chromium

# Python packages come from uv.lock only. uv itself is pinned here and installed from PyPI with
# pip into a small tools venv (uv would remove it from .venv, which holds exactly the lock).
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
# Extras of pyproject.toml installed into .venv beside the project (editable).
EXTRAS ?= test
# uv syncs $(VENV), uses the machine's Python and never downloads one.
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never

# `make run PORT=8100` (or BROADSHEET_PORT=8100 in the environment); HOST likewise.
HOST ?= 127.0.0.1
PORT ?= $(or $(BROADSHEET_PORT),8000)

.PHONY: vendor install node-tools run test lint checks pytest system-deps media-deps messages audit lock clean bench bench-deps

$(TOOLS)/.uv-$(UV_VERSION):
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -x $(TOOLS)/bin/python || $(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check 'uv==$(UV_VERSION)'
	rm -f $(TOOLS)/.uv-*
	touch $@

# --locked installs exactly what uv.lock says and stops, without changing it, when uv.lock no
# longer matches pyproject.toml (run `make lock` and commit both). The stamp records the extras,
# so asking for other extras syncs again.
INSTALLED := $(BIN)/.installed
ifneq ($(strip $(file < $(INSTALLED))),$(strip $(EXTRAS)))
.PHONY: $(INSTALLED)
endif
$(INSTALLED): $(TOOLS)/.uv-$(UV_VERSION) pyproject.toml uv.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(UV) sync --locked --python $(BIN)/python $(addprefix --extra ,$(EXTRAS))
	echo '$(EXTRAS)' > $@

# The quality gates' real clients (Nu HTML Checker, axe-core, Lighthouse) come from npm;
# only the targets that use them (test, audit) install them.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(INSTALLED)

# hls.js (for browsers without native HLS) comes from npm at the version package-lock.json pins
# and is vendored into the static files, committed, so that `make run` needs no npm and no CDN.
# After changing its version in package.json: `make vendor`, then commit both.
HLS_JS := broadsheet/static/broadsheet/video/vendor/hls.light.esm.js
vendor: node_modules/.installed
	{ printf '/* hls.js %s (Apache-2.0), vendored by make vendor */\n' \
	    "$$(node -p 'require("./node_modules/hls.js/package.json").version')"; \
	  grep -v '^//# sourceMappingURL=' node_modules/hls.js/dist/hls.light.min.mjs; } > $(HLS_JS)

node-tools: node_modules/.installed

# Links in the admin and the printed login follow the port unless BASE_URL is set.
run: export BASE_URL ?= http://$(if $(filter 0.0.0.0 ::,$(HOST)),127.0.0.1,$(HOST)):$(PORT)
run: export CHANNELS_DEMO_STREAM ?= 1
run: $(INSTALLED) media-deps
	$(BROADSHEET) migrate --noinput
	$(BROADSHEET) collectstatic --noinput --verbosity 0
	$(BROADSHEET) demo
	$(BROADSHEET) serve --host $(HOST) --port $(PORT)

test: install node-tools system-deps lint checks pytest

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

checks: $(INSTALLED)
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run

# PYTEST_ARGS narrows a run, e.g. PYTEST_ARGS='-m "not fault"' (see .ci/run).
pytest: $(INSTALLED)
	$(BIN)/pytest $(PYTEST_ARGS)

# After editing dependencies in pyproject.toml: re-resolve uv.lock (upgrading nothing else), then
# commit both files together.
lock: $(TOOLS)/.uv-$(UV_VERSION)
	$(UV) lock

# Debian packages the tests use: Chromium for browser tests (never a downloaded browser)
# and gettext, which checks that the interface catalogues hold every string; Varnish for the
# CDN test (tests/pagecache/test_varnish.py, deploy/varnish.vcl); ffmpeg (with ffprobe) checks
# and transcodes uploaded video, so `make run` installs it too (media-deps).
SYSTEM_PACKAGES := chromium fonts-liberation gettext varnish ffmpeg
media-deps:
	@test -x /usr/bin/ffmpeg -a -x /usr/bin/ffprobe || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq ffmpeg; }

system-deps:
	@test -x $(CHROMIUM) -a -x /usr/bin/xgettext -a -x /usr/sbin/varnishd -a -x /usr/bin/ffmpeg || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $(SYSTEM_PACKAGES); }

# After changing interface strings: update every edition's catalogue, translate, then compile.
messages: install
	cd broadsheet && ../$(BIN)/django-admin makemessages --no-location \
	  $(foreach l,ar es ru de fr sr,-l $(l)) \
	  --ignore '*/migrations/*'
	cd broadsheet && ../$(BIN)/django-admin compilemessages

# Nu HTML Checker, axe and Lighthouse (mobile) against the demo site, printed as a table.
audit: install node-tools system-deps
	$(BROADSHEET) migrate --noinput
	$(BROADSHEET) collectstatic --noinput --verbosity 0
	$(BROADSHEET) demo
	$(BIN)/python bench/audit.py

# Cached pages against nginx on the same HTML, one table (bench/wire.py; not a test). Builds
# its own site in var/bench/ on the first run; appends the figures to bench/RESULTS.md.
BENCH_PACKAGES := wrk nginx-light
bench-deps:
	@test -x /usr/bin/wrk -a -x /usr/sbin/nginx || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $(BENCH_PACKAGES); }

bench: install bench-deps
	$(BIN)/python bench/wire.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(TOOLS) var/static .pytest_cache
