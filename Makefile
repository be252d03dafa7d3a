# SKA POS: the two commands are `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-dates lint typecheck translations ts bench bundle clean screenshots

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11+ is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

translations: $(STAMP)
	@$(BIN)/python -m ska_pos.i18n_build

run: $(STAMP) translations
	$(BIN)/ska-pos

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	@$(MAKE) --no-print-directory test-dates
	$(BIN)/ruff check ska_pos tests benchmarks
	$(BIN)/ruff format --check ska_pos tests benchmarks
	$(BIN)/mypy

# The tests marked `dates` again, each time with the clock of every test starting at a moment that breaks date
# code (tests/conftest.py reads SKA_POS_TEST_START): a UTC evening that is already the next day and year in
# Jakarta, the last half minute of a month in Jakarta (23:59:30 WIB), 29 February, and its eve in Jakarta.
DATE_MOMENTS := 2026-12-31T17:30:00+00:00 2027-01-31T16:59:30+00:00 2028-02-29T10:00:00+00:00 2028-02-28T17:30:00+00:00

test-dates: $(STAMP) translations
	@for moment in $(DATE_MOMENTS); do \
		echo "date-sensitive tests, clock starting at $$moment"; \
		SKA_POS_TEST_START=$$moment QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m dates || exit 1; \
	done

lint: $(STAMP)
	$(BIN)/ruff check ska_pos tests benchmarks
	$(BIN)/ruff format --check ska_pos tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

screenshots: $(STAMP) translations
	$(BIN)/python docs/screenshots/make_screenshots.py

bench: $(STAMP)
	$(BIN)/python benchmarks/sale_commit.py

# The one-folder desktop bundle, dist/SKA POS/ (the till and the ska-pos command; README: installing on a till).
bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm build.spec
	@du -sh "dist/SKA POS"

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# Refresh the Qt catalog from the UI code (keeps existing translations); translate what it marks unfinished.
ts: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find ska_pos/ui -name '*.py' | sort) -ts resources/translations/ska_pos_id.ts -no-obsolete -locations none
