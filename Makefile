# The two commands of the README: `make run` and `make test` (both set everything up).
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
PYTHON ?= $(shell command -v python3.11 || command -v python3)
PORT   ?= 8501

.PHONY: install run demo test test-fast lint typecheck pytest bench bench-national clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(PY) -m store init
	$(PY) -m streamlit run app.py --server.port $(PORT) --server.headless true \
		--browser.gatherUsageStats false

# Demonstration values for the 2022 plan (source=demo; pages show a banner while they exist).
demo: install
	$(PY) -m store init
	$(PY) -m store demo

lint: install
	$(PY) -m ruff format --check .
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(PY) -m curation.lint

typecheck: install
	$(PY) -m mypy

pytest: install
	$(PY) -m pytest -q -n 2

test: lint typecheck pytest

# The edit loop: no AppTest, browser (nor charts drawn in Chromium) or PostgreSQL (store tests on
# SQLite only); ruff first.
test-fast: install
	$(PY) -m ruff check .
	$(PY) -m pytest -q -n 2 -m "not browser and not apptest and not postgres"

bench: install
	$(PY) -m bench

# National scale (42 counties) on PostgreSQL (BENCH_DATABASE_URL, default the local test server):
# builds its own schemas, measures, rewrites the "National scale" section of bench/results.md.
bench-national: install
	$(PY) -m bench.national

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache .mypy_cache
