# Two commands on a fresh machine: `make run` and `make test`.
# Everything is installed into .venv by the rules below; nothing by hand.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench bench-quick stress fuzz installer installer-test clean venv translations schema

# The interface's catalogues: Qt .ts (GUI) and gettext .po (core), one per language; the .qm that Qt
# loads are compiled from the .ts by every build (they are not kept in git).
LANGUAGES := vi id th km lo my ms fil tet
TS := $(LANGUAGES:%=resources/translations/ascn_desktop_%.ts)
QM := $(TS:.ts=.qm)
# The core's .mo, compiled from each .po (core/catalogue_files.py; a .mo older than its .po is ignored).
MO := $(LANGUAGES:%=resources/locale/%.mo)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP) $(QM) $(MO)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

resources/locale/%.mo: resources/locale/%.po $(STAMP)
	$(PY) tools/catalogues.py compile $<

# After changing user-facing strings: refresh every catalogue from the sources (new strings are added
# untranslated, strings gone from the code are dropped), then translate the new entries.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none $$(find ascn_desktop/gui -name '*.py' | sort) -ts $(TS)
	$(VENV)/bin/pybabel extract --no-location --omit-header -k _ -k N_ -o resources/locale/ascn.pot ascn_desktop
	$(PY) tools/catalogues.py refresh

run: $(STAMP) $(QM) $(MO)
	$(PY) -m ascn_desktop

test: $(STAMP) $(QM) $(MO)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

# Every figure beside its floor, CPU and wall time (docs/performance.md). BENCH="--only import" picks some.
# The quick run: `make bench-quick` or `make bench QUICK=1` (make itself refuses `make bench --quick`).
bench: $(STAMP) $(QM) $(MO)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py $(if $(filter-out 0,$(QUICK)),--quick) $(BENCH)

# Fewer rounds on smaller inputs, under two minutes on a quiet machine: a first look, not figures for the docs.
bench-quick: $(STAMP) $(QM) $(MO)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py --quick $(BENCH)

# resources/schema/plan.schema.json from the field declarations (core/fields.py); tests/test_plan_schema.py
# fails when the checked-in file is stale.
schema: $(STAMP)
	$(PY) tools/write_plan_schema.py

stress: $(STAMP)
	QT_QPA_PLATFORM=offscreen ASCN_STRESS=1 $(PY) -m pytest -q -p no:cacheprovider -m stress tests

fuzz: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/fuzz/run_fuzz.py --seconds $${FUZZ_SECONDS:-120}

installer: $(STAMP) $(QM) $(MO)
	sh installer/build_machine.sh
	$(PY) -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(PY) -m PyInstaller --noconfirm --clean build_installer.spec

# Runs the built program, not the source: its version, the end-to-end self-test
# (offscreen, then in real windows on Xvfb's X11 and in Weston's Wayland: Khmer plan PDF,
# Thai and Burmese word breaks, Zawgyi, signed export, verify, import, every screen), a
# store saved by an earlier release opened in place (same profile), and the PostgreSQL driver.
installer-test: installer
	QT_QPA_PLATFORM=offscreen dist/ascn-desktop/ascn --version
	QT_QPA_PLATFORM=offscreen dist/ascn-desktop/ascn-desktop --self-test
	if command -v xvfb-run >/dev/null; then \
		QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1280x800x24' dist/ascn-desktop/ascn-desktop --self-test; \
	else echo "installer-test: no xvfb-run, so the X11 window test was skipped"; fi
	if command -v weston >/dev/null; then \
		sh installer/wayland_session.sh dist/ascn-desktop/ascn-desktop --self-test; \
	else echo "installer-test: no weston, so the Wayland window test was skipped"; fi
	rm -rf build/upgrade-profile && mkdir -p build/upgrade-profile
	cp tests/fixtures/store-schema-0001.sqlite build/upgrade-profile/ascn.sqlite
	dist/ascn-desktop/ascn --home build/upgrade-profile plan show "da nang" > /dev/null
	dist/ascn-desktop/ascn --home build/upgrade-profile init
	# psycopg and its libpq load (with the OpenSSL the folder shares): a server that is not there is
	# reported in one sentence, not as a library that failed to load.
	QT_QPA_PLATFORM=offscreen dist/ascn-desktop/ascn --home build/upgrade-profile \
		--db 'postgresql+psycopg://nobody@127.0.0.1:1/ascn?sslmode=prefer' init 2>&1 | grep 'cannot be reached'

clean:
	rm -rf build dist .pytest_cache .hypothesis
