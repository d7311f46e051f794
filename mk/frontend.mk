# The widget and agent console bundles (npm + esbuild). Included by the root Makefile.
#   make frontend       install node_modules when missing or stale, build what changed
#   make browser-deps   Debian's chromium for the browser tests (root installs it)
NPM ?= npm
CHROMIUM ?= /usr/bin/chromium

WIDGET_SRC := $(wildcard widget/src/*.js) widget/build.mjs
# The console imports the widget's protocol client and DOM helpers (widget/src/).
CONSOLE_SRC := $(wildcard console/src/*.* console/src/views/*.js widget/src/*.js) console/build.mjs

.PHONY: frontend browser-deps frontend-clean

frontend: widget/dist/widget.js console/dist/index.html

# npm ci only when the lock file changed since the last install. --ignore-scripts: nothing
# here needs an install script (esbuild ships its binary as a platform package), and no
# package may fetch a browser or anything else at install time.
node_modules/.installed: package.json package-lock.json
	$(NPM) ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

widget/dist/widget.js: node_modules/.installed $(WIDGET_SRC)
	node widget/build.mjs

console/dist/index.html: node_modules/.installed $(CONSOLE_SRC)
	node console/build.mjs

browser-deps:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else \
	    echo "Browser tests need Debian's chromium at $(CHROMIUM): apt-get install chromium (they are skipped without it)"; \
	  fi; \
	fi

frontend-clean:
	rm -rf widget/dist console/dist node_modules/.installed

RUN_PREREQS += frontend
TEST_PREREQS += frontend browser-deps

# Re-take docs/screenshots/*.png from the browser tests (they save none otherwise).
.PHONY: screenshots
screenshots: venv system-deps frontend browser-deps
	LIVECHAT_SCREENSHOTS=docs/screenshots $(VENV)/bin/pytest -q -p no:cacheprovider tests/browser

# JavaScript unit tests (Node's built-in runner, no extra packages): the protocol client the
# widget and console share, both clients over a fake socket, and the console's store.
.PHONY: js-test
js-test: node_modules/.installed
	node --test --test-reporter=dot tests/js/

TEST_PREREQS += js-test
