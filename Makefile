# Two commands from a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SYSDEPS := bash .ci/sysdeps.sh

.PHONY: install sysdeps demo test lint preview bench clean

$(BIN)/statement-collector: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

install: $(BIN)/statement-collector

sysdeps:
	$(SYSDEPS) render

demo: install sysdeps
	$(BIN)/statement-collector demo demo-output

test: install
	$(SYSDEPS) render imap browser
	$(BIN)/python -m pytest -q -n 2

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

preview: install sysdeps
	$(SYSDEPS) browser
	$(BIN)/python bench/preview.py preview

bench: install
	$(SYSDEPS) render imap
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/group_statements.py
	$(BIN)/python bench/imap_poll.py
	$(BIN)/python bench/hostile.py --light
	$(BIN)/python bench/compile.py 1000
	$(BIN)/python bench/reprocess.py
	$(BIN)/python bench/serve_queue.py

clean:
	rm -rf $(VENV) demo-output preview .pytest_cache
