# gongshi — two commands on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: site test lint format serve schema clean browser-deps example

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Runtime install; the stamp changes when pyproject.toml does.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

site: $(VENV)/.installed
	$(BIN)/gongshi build -o site
	@echo ""
	@echo "示例网站已生成在 site/。预览：.venv/bin/gongshi serve --open （在浏览器打开 http://127.0.0.1:8000/）"
	@echo "The example site is in site/. Preview it with: .venv/bin/gongshi serve --open  (http://127.0.0.1:8000/)"

serve: $(VENV)/.installed
	$(BIN)/gongshi serve

# Debian's chromium + Chinese fonts for the browser tests (never `playwright install`), and a
# headless Java runtime for the W3C Nu checker (tests/test_valid_markup.py).
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || ! command -v java >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk default-jre-headless >/dev/null; \
	  else \
	    echo "需要 chromium、fonts-noto-cjk 与 default-jre-headless：sudo apt-get install chromium fonts-noto-cjk default-jre-headless"; \
	  fi; \
	fi

# Test-only tools, never published, pinned by package-lock.json: axe-core for the accessibility
# checks and vnu-jar (the W3C Nu checker) for valid markup. --ignore-scripts: vnu-jar's install
# script would fetch a Java runtime of its own; the tests use the system's (Debian's) Java.
# Lighthouse is a dev dependency there, left out here: it is never part of `make test`.
BROWSER_TOOLS := tests/browser/node_modules/.package-lock.json
$(BROWSER_TOOLS): tests/browser/package.json tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund --silent --ignore-scripts --omit=dev

test: $(VENV)/.installed-test browser-deps $(BROWSER_TOOLS)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

schema: $(VENV)/.installed
	$(BIN)/gongshi schema -o schema

# Regenerate the example city (records, drawn logos and photos) from tools/examplecity/ (development only,
# not part of the installed package).
example: $(VENV)/.installed
	PYTHONPATH=tools $(BIN)/python -m examplecity --root .

clean:
	rm -rf site .cache schema

# The contributor guide: CONTRIBUTING.md's table of finding codes (from generator/messages.py) and
# the site page content/contributing.md. `gongshi guide --check` fails when they are out of date.
# Lighthouse (mobile emulation) on the example served gzip-compressed, as a host serves it: the four
# category scores and each page's transfer size (development only; tools/lighthouse.py).
.PHONY: lighthouse
lighthouse: $(VENV)/.installed browser-deps
	cd tests/browser && npm ci --no-audit --no-fund --silent --ignore-scripts
	$(BIN)/gongshi build -o .cache/lighthouse/site
	$(BIN)/python tools/lighthouse.py .cache/lighthouse/site

.PHONY: guide contributing ci-local
guide contributing: $(VENV)/.installed
	$(BIN)/gongshi guide

# The pull request pipeline on this machine: validate → check-changes → build; the site in site/,
# findings as JSON in .cache/ci-local/.   make ci-local AUTHOR=your-login BASE=origin/main
ci-local: $(VENV)/.installed
	AUTHOR='$(AUTHOR)' BASE='$(BASE)' CHANGES='$(CHANGES)' GONGSHI='$(BIN)/gongshi' PYTHON='$(BIN)/python' bash .ci/local
