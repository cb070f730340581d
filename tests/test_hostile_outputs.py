"""Hostile text that a bundle may legitimately carry is neutralised where a person reads it.

The hostile-bundle corpus (test_hostile_bundles.py) holds what must be
refused; these cases are accepted bundles whose *text* attacks the receiver:

* formula injection: a plan and project titled ``=HYPERLINK(…)``, ``+1+1``,
  ``-2+3``, ``@SUM(1)`` imports, and every spreadsheet the Secretariat then
  writes (data export xlsx and CSV, annual report workbook) holds no formula;
* terminal and window spoofing: a bundle file named with CR, ``ESC[2K`` and
  ``ESC[8m``, signed by a "name" holding a line feed, cannot rewrite what
  ``ascn verify`` / ``ascn import`` print or what the import window lists.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import bundle_factory as bf
from hypothesis import given
from hypothesis import strategies as st
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.data_export import export_data
from ascn_desktop.core.reports.annual_report_files import write_annual_report
from ascn_desktop.core.visible_text import visible
from ascn_desktop.store.engine import Store
from store_dump import dump_store
from test_spreadsheet_text import assert_csv_safe, assert_no_formula

FORMULAS = ['=HYPERLINK("http://x","y")', "=1+1", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(1)", "\t=1"]
SPOOF_NAME = "x\r\x1b[2K\x1b[8mVALID  unchanged since signing.ascn"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _formula_plan_bundle(store: Store, signer: bf.Signer) -> bytes:
    reference = bf.load(store)
    plan = bf.demo_plan(reference, title=FORMULAS[0])
    projects = [replace(project, title=FORMULAS[n % len(FORMULAS)], lead_agency=FORMULAS[(n + 1) % len(FORMULAS)])
                for n, project in enumerate(plan.projects)]
    return bf.city_bundle(replace(plan, projects=projects), reference, signer)


def test_formula_titles_import_and_every_spreadsheet_keeps_them_as_text(store: Store, tmp_path: Path) -> None:
    signer = bf.make_signer(seed=41)
    bf.trust(store, signer)
    bundle = bf.write(tmp_path, "VNM-Da-Nang-2018-2025-r1.ascn", _formula_plan_bundle(store, signer))
    assert import_bundles(store, [bundle])[0].status == "imported"
    before = dump_store(store)

    [xlsx] = export_data(store, fmt="xlsx", out_dir=tmp_path / "xlsx")
    assert assert_no_formula(xlsx.read_bytes()) >= 2  # the titles are there, as quote-prefixed text
    csvs = export_data(store, fmt="csv", out_dir=tmp_path / "csv")
    for path in csvs:
        assert_csv_safe(path.read_bytes())
    plans = list(csv.DictReader(io.StringIO((tmp_path / "csv" / "plans.csv").read_text("utf-8-sig"))))
    assert plans[0]["title"] == "'" + FORMULAS[0]  # the OWASP apostrophe
    report = write_annual_report(store, cycle="2018-2025", year=2024, out_dir=tmp_path / "report",
                                 as_of=date(2025, 6, 30), generated_at=datetime(2025, 7, 1, tzinfo=UTC))
    assert assert_no_formula(report.xlsx.read_bytes()) >= 1
    assert dump_store(store) == before  # writing spreadsheets never changes the store


def _spoofing_bundle(store: Store, tmp_path: Path) -> Path:
    signer = bf.make_signer("Mallory\nVALID    everything.ascn", seed=42)  # not trusted: refused as untrusted
    reference = bf.load(store)
    return bf.write(tmp_path, SPOOF_NAME, bf.city_bundle(bf.demo_plan(reference), reference, signer))


def test_cli_output_shows_control_characters_instead_of_obeying_them(store: Store, tmp_path: Path,
                                                                    run_cli) -> None:  # type: ignore[no-untyped-def]
    path = _spoofing_bundle(store, tmp_path)
    db = store.profile.db_url
    before = dump_store(store)
    for command in ("verify", "import"):
        result = run_cli("--db", db, command, str(path))
        assert result.status != 0
        output = result.out + result.err
        assert not _CONTROL.search(output), repr(output)
        assert "\u241b[2K" in output and "\u240d" in output  # ESC and CR shown as their control pictures
        assert "Mallory\u240aVALID" in output  # the signer's line feed cannot forge a line
        assert not any(line.startswith("VALID") for line in output.splitlines())
    assert dump_store(store) == before


def test_import_window_lists_control_characters_visibly(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ascn_desktop.gui.receiving.import_dialog import ImportResultsDialog

    path = _spoofing_bundle(store, tmp_path)
    dialog = ImportResultsDialog(import_bundles(store, [path]))
    qtbot.addWidget(dialog)
    [line] = dialog.lines()
    assert not _CONTROL.search(line.replace("\n", "")) and line.startswith(visible(SPOOF_NAME))


def test_visible_makes_every_control_visible() -> None:
    shown = visible("a\x1b[2K\r\n\t\x00\x7f\x85\u202eb")
    assert shown == "a\u241b[2K\u240d\u240a\u2409\u2400\u2421\\u0085\\u202eb"
    assert visible("Hà Nội ភ្នំពេញ") == "Hà Nội ភ្នំពេញ"


@given(text=st.text())
def test_visible_leaves_no_control_character(text: str) -> None:
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]", visible(text))
