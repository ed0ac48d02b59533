# The two commands: `make run` opens the app, `make test` runs the whole suite headless.
# Both set up what they need first (packaging/bootstrap.sh), on a fresh Debian/Ubuntu too.

VENV ?= .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=
# The window's catalogues: English is the source; each .ts is translated, each .qm compiled
# from it (committed too, so that a wheel built from a clone has them).
CATALOGUES := $(wildcard resources/translations/planner_*.ts)
COMPILED := $(CATALOGUES:.ts=.qm)

.PHONY: run test lint check screenshots clean translations

run:
	@bash packaging/bootstrap.sh run
	@$(MAKE) --no-print-directory $(COMPILED)
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display here: opening the window on a virtual screen (xvfb-run). Ctrl+C stops it."; \
	  xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/delegation-planner gui; \
	else \
	  $(BIN)/delegation-planner gui; \
	fi

test:
	@bash packaging/bootstrap.sh test
	@$(MAKE) --no-print-directory $(COMPILED)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint:
	@bash packaging/bootstrap.sh test
	$(BIN)/ruff format --check planner tests benchmarks
	$(BIN)/ruff check planner tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

check: test lint

# Refresh every catalogue from the strings marked in planner/ (self.tr, translate,
# QT_TRANSLATE_NOOP), then compile it. New strings come in unfinished: translate them (Qt
# Linguist: .venv/bin/pyside6-linguist FILE.ts) before tests/test_translations.py passes.
translations:
	@bash packaging/bootstrap.sh test
	@for ts in $(CATALOGUES); do \
	  lang=$${ts##*/planner_}; lang=$${lang%.ts}; \
	  $(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete \
	    -source-language en -target-language $$lang planner -ts $$ts || exit 1; \
	  $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm || exit 1; \
	done

resources/translations/%.qm: resources/translations/%.ts
	$(BIN)/pyside6-lrelease -silent $< -qm $@

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis *.egg-info
