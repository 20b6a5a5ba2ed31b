# 网格台账 (gridapp) — set-up and checks. `make run` opens the app on a demo register;
# `make test` runs lint, type check and the whole test suite offscreen.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK = 1
# The suite runs on every core (pytest-xdist; each worker builds its own demo register).
# `make pytest PYTEST_JOBS=` runs it in one process.
PYTEST_JOBS ?= -n auto

.PHONY: forms install dev-install system-deps run test test-dates lint typecheck pytest bench package package-check translations clean migration lock

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Every install comes from a lock file with hashes (packaging/lock/, refreshed by `make lock`);
# the project itself goes in editable, without letting pip resolve anything else.
LOCK := packaging/lock

$(VENV)/.installed: $(BIN)/python pyproject.toml $(LOCK)/app.txt
	$(BIN)/python -m pip install -q --require-hashes -r $(LOCK)/app.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	@touch $@

$(VENV)/.dev-installed: $(VENV)/.installed $(LOCK)/dev.txt
	$(BIN)/python -m pip install -q --require-hashes -r $(LOCK)/dev.txt
	@touch $@

install: $(VENV)/.installed  ## the virtual environment with the app alone

# The stamp alone is not trusted: a venv rebuilt by `make install` must get the test tools again.
dev-install:
	@if [ ! -x $(BIN)/pytest ] || [ ! -x $(BIN)/ruff ] || [ ! -x $(BIN)/mypy ] || [ ! -x $(BIN)/lint-imports ] || [ ! -x $(BIN)/radon ]; then rm -f $(VENV)/.dev-installed; fi
	@$(MAKE) --no-print-directory $(VENV)/.dev-installed

lock:  ## refresh packaging/lock/*.txt from pyproject.toml (needs the network; commit the result)
	$(PYTHON) -m venv build/uv && build/uv/bin/python -m pip install -q uv
	for extra in app dev package; do \
	  opt=$$([ $$extra = app ] || echo "--extra $$extra"); \
	  build/uv/bin/uv pip compile pyproject.toml $$opt --universal --python-version 3.11 \
	    --generate-hashes --no-header -q -o $(LOCK)/$$extra.txt; \
	done

system-deps:  ## the Debian libraries Qt needs (installed when run as root, named otherwise)
	@bash .ci/system-deps

run: install system-deps  ## open the app on the demo register (created on first start)
	$(BIN)/gridapp gui --demo

lint: dev-install
	$(BIN)/ruff check gridapp tests benchmarks packaging
	$(BIN)/ruff format --check gridapp tests benchmarks packaging
	$(BIN)/lint-imports
	$(BIN)/python .ci/rooms.py gridapp
	$(BIN)/python .ci/forms.py --check

typecheck: dev-install
	$(BIN)/mypy

pytest: dev-install system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_JOBS)

test: dev-install system-deps lint typecheck pytest  ## everything CI checks

# The suite passes on any day (issue 14.5): run again with the machine's clock moved by
# libfaketime, which moves the command-line processes the end-to-end tests start as well: a
# year ahead on a year's last day, and a leap day. Tests marked real_clock compare the
# kernel's file times with the process clock, which faketime cannot move together.
# Each run gets a temp folder of its own: pytest's clean-up of earlier runs' folders, under a
# moved clock, leaves a scandir iterator open, and the strict warnings make that an error.
FAKE_DATES ?= 2027-12-31 2028-02-29
test-dates: dev-install system-deps  ## the suite under each of FAKE_DATES
	@base=$$(mktemp -d); trap 'rm -rf "$$base"' EXIT; \
	for day in $(FAKE_DATES); do \
	  echo "== the suite on $$day"; \
	  QT_QPA_PLATFORM=offscreen faketime "$$day 09:30:00" $(BIN)/python -m pytest -q $(PYTEST_JOBS) \
	    -p no:cacheprovider -m "not real_clock" --basetemp="$$base/$$day" || exit 1; \
	done

bench: dev-install  ## speed measurements on generated data (see benchmarks/README.md)
	$(BIN)/python benchmarks/run_all.py

$(VENV)/.package-installed: $(VENV)/.installed $(LOCK)/package.txt
	$(BIN)/python -m pip install -q --require-hashes -r $(LOCK)/package.txt
	@touch $@

package: $(VENV)/.package-installed  ## dist/gridapp/ (PyInstaller one-folder) and, on Debian/Ubuntu, the .deb
	bash packaging/build.sh

package-check: package system-deps  ## build, then run the bundle and the .deb with an empty environment
	bash packaging/smoke_test.sh

forms: dev-install  ## compile forms/*.ui (Qt Designer) into gridapp/ui/generated/
	$(BIN)/python .ci/forms.py

translations: dev-install  ## refresh resources/translations/*.ts from the UI sources and compile the .qm files
	$(BIN)/pyside6-lupdate $$(find gridapp/ui -name '*.py' -not -path '*/generated/*' | sort) $$(ls forms/*.ui) -ts resources/translations/gridapp_zh_CN.ts -no-obsolete
	$(BIN)/python .ci/fill_translations.py
	$(BIN)/pyside6-lrelease resources/translations/gridapp_zh_CN.ts -qm resources/translations/gridapp_zh_CN.qm
	$(BIN)/pyside6-lrelease resources/translations/qt_gaps_zh_CN.ts -qm resources/translations/qt_gaps_zh_CN.qm

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache *.egg-info

migration: dev-install  ## regenerate the initial schema revision from the models (before the first release only)
	rm -f gridapp/db/migrations/versions/0001_initial_register_schema.py
	$(BIN)/python -c "import tempfile, pathlib; from alembic import command; from sqlalchemy import create_engine; from gridapp.db.migrate import config; \
	d = tempfile.mkdtemp(); e = create_engine(f'sqlite:///{d}/m.db'); cfg = config(); \
	c = e.connect(); cfg.attributes['connection'] = c; command.revision(cfg, message='initial register schema', autogenerate=True, rev_id='0001'); c.commit()"
