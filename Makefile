# Two commands on a fresh machine: `make run` and `make test`.
# Everything is installed into .venv by the rules below; nothing by hand.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench stress fuzz installer installer-test clean venv

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) -m ascn_desktop

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

stress: $(STAMP)
	QT_QPA_PLATFORM=offscreen ASCN_STRESS=1 $(PY) -m pytest -q -p no:cacheprovider -m stress tests

fuzz: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/fuzz/run_fuzz.py --seconds $${FUZZ_SECONDS:-120}

installer: $(STAMP)
	$(PY) -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(PY) -m PyInstaller --noconfirm --clean build_installer.spec

# Runs the built program, not the source: its version, the end-to-end self-test,
# and a store saved by an earlier release opened in place (same profile).
installer-test: installer
	QT_QPA_PLATFORM=offscreen dist/ascn-desktop/ascn --version
	QT_QPA_PLATFORM=offscreen dist/ascn-desktop/ascn-desktop --self-test
	rm -rf build/upgrade-profile && mkdir -p build/upgrade-profile
	cp tests/fixtures/store-schema-0001.sqlite build/upgrade-profile/ascn.sqlite
	dist/ascn-desktop/ascn --home build/upgrade-profile plan show "da nang" > /dev/null
	dist/ascn-desktop/ascn --home build/upgrade-profile init

clean:
	rm -rf build dist .pytest_cache .hypothesis
