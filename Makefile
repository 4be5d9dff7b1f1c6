# Two commands do all set-up: `make run` starts the coach, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint demo samples clean catalogs

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m bot.texts.compile_catalogs
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/itb-coach $(ARGS)

demo: $(STAMP)
	$(BIN)/itb-coach demo $(ARGS)

# The sample chart and report in docs/, the same bytes on every run (docs/make_samples.py).
samples: $(STAMP)
	$(BIN)/python docs/make_samples.py

lint: $(STAMP)
	$(BIN)/ruff check bot tests bench migrations
	$(BIN)/ruff format --check bot tests bench migrations
	$(BIN)/mypy --strict bot/coach
	$(BIN)/mypy bot

# -n auto: one pytest worker per core (pytest-xdist), each with its own PostgreSQL database;
# -rs: every skipped test says why.
test: $(STAMP)
	@echo "make test: lint (ruff, mypy), then pytest on every core, each storage test on SQLite and on PostgreSQL ($${ITB_TEST_POSTGRES:-postgresql://postgres@127.0.0.1:5432/test}); about 8 minutes on 2 shared cores"
	@$(MAKE) --no-print-directory lint
	$(BIN)/pytest -q -rs -n auto $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# The gettext catalogues (docs/adding.md): extract every marked text of bot/texts and the
# protocol files into bot/locale/messages.pot, then merge it into each language's .po.
# Compiling (.po -> .mo) happens at install ($(STAMP)) and in the Dockerfile.
catalogs: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg --no-location --sort-output --no-wrap -k N_ \
		--project "ITB Coach" --copyright-holder "ITB Coach" -o bot/locale/messages.pot .
	$(BIN)/pybabel update -i bot/locale/messages.pot -d bot/locale -D messages --no-wrap \
		--no-fuzzy-matching --ignore-obsolete
	$(BIN)/python -m bot.texts.compile_catalogs
