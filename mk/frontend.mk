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

# Re-take docs/screenshots/*.png from the browser tests (they save none otherwise), then
# check that every screenshot the docs show was taken again (a renamed test would leave a
# stale picture behind).
SCREENSHOTS := widget-conversation widget-de widget-queued widget-rating widget-reconnecting \
  widget-ticket widget-warning console-chat console-queue console-tickets \
  widget-greeting-en widget-greeting-de widget-too-long-en widget-too-long-de \
  widget-email-instead-en widget-email-instead-de widget-ticket-follow-up-en \
  widget-ticket-follow-up-de widget-masked-en widget-masked-de widget-phone-queued-en \
  widget-phone-queued-de widget-phone-transfer
.PHONY: screenshots
screenshots: venv system-deps frontend browser-deps
	@touch .screenshots-start
	LIVECHAT_SCREENSHOTS=docs/screenshots $(VENV)/bin/pytest -q -p no:cacheprovider tests/browser
	@stale=""; for s in $(SCREENSHOTS); do \
	  [ docs/screenshots/$$s.png -nt .screenshots-start ] || stale="$$stale $$s"; done; \
	rm -f .screenshots-start; \
	if [ -n "$$stale" ]; then echo "screenshots not taken:$$stale" >&2; exit 1; fi

# JavaScript unit tests (Node's built-in runner, no extra packages): the protocol client the
# widget and console share, both clients over a fake socket, and the console's store.
.PHONY: js-test
js-test: node_modules/.installed
	node --test --test-reporter=dot tests/js/

TEST_PREREQS += js-test
