# gongshi — two commands on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: site test lint format serve schema clean browser-deps

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
	$(BIN)/gongshi validate
	@echo ""
	@echo "示例站点的记录已通过校验。Example records validated."

# Debian's chromium + Chinese fonts for the browser tests (never `playwright install`).
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	  else \
	    echo "需要 chromium 与 fonts-noto-cjk：sudo apt-get install chromium fonts-noto-cjk"; \
	  fi; \
	fi

test: $(VENV)/.installed-test browser-deps
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

clean:
	rm -rf site .cache schema
