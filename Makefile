# The two commands: `make run` opens the app, `make test` runs the whole suite headless.
# Both set up what they need first (packaging/bootstrap.sh), on a fresh Debian/Ubuntu too.

VENV ?= .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: run test lint check screenshots clean

run:
	@bash packaging/bootstrap.sh run
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display here: opening the window on a virtual screen (xvfb-run). Ctrl+C stops it."; \
	  xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/delegation-planner gui; \
	else \
	  $(BIN)/delegation-planner gui; \
	fi

test:
	@bash packaging/bootstrap.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint:
	@bash packaging/bootstrap.sh test
	$(BIN)/ruff format --check planner tests benchmarks
	$(BIN)/ruff check planner tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

check: test lint

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis *.egg-info
