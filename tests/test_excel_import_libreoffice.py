"""A workbook saved by LibreOffice imports: the template is edited, converted by `soffice`, then read.

LibreOffice rewrites the whole file (shared strings, its own styles, formula
results it computed), so this is the realistic case of an officer who fills
the template in LibreOffice Calc. Skipped where LibreOffice is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ascn_desktop.core.plan_diff import diff_plans
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.reference import load_reference
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.core.workbook import layout
from ascn_desktop.core.workbook.reader import read_plan_workbook
from fixtures.workbooks.workbook_factory import base_plan, set_cell, write_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed; apt-get install libreoffice-calc-nogui to run this test",
)


def _convert(source: Path, out_dir: Path, profile_dir: Path) -> Path:
    assert SOFFICE is not None
    out_dir.mkdir()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile_dir.as_uri()}", "--headless", "--convert-to", "xlsx",
         "--outdir", str(out_dir), str(source)],
        check=True, capture_output=True, timeout=120,
    )
    converted = out_dir / source.name
    assert converted.is_file()
    return converted


def test_workbook_saved_by_libreoffice_imports(tmp_path: Path) -> None:
    store = open_profile_store(resolve_profile(tmp_path / "profile"))
    try:
        reference = load_reference(store)
    finally:
        store.close()
    base = base_plan()
    path = write_workbook(tmp_path / "plan.xlsx", base, reference)
    book = openpyxl.load_workbook(path)
    set_cell(book, layout.PROJECTS, "Title", 3, "Hệ thống cảnh báo sớm lũ lụt")
    set_cell(book, layout.PROJECTS, "Budget", 3, "=1500000*2")  # LibreOffice computes and saves 3000000
    set_cell(book, layout.MILESTONES, "Due quarter", 4, "Q3")
    book[layout.PROJECTS].append([None, "DN-03", "=HYPERLINK(\"x\")", None, "Civic and Social"])
    book[layout.PROJECTS]["C4"].data_type = "s"  # typed as text, as the template's quote prefix keeps it
    book.save(path)

    converted = _convert(path, tmp_path / "converted", tmp_path / "lo-profile")
    result = read_plan_workbook(converted, reference=reference, base_plan=base)
    assert result.ok, [str(e) for e in result.errors]
    plan = result.plan
    assert plan.projects[1].title == "Hệ thống cảnh báo sớm lũ lụt"
    assert plan.projects[1].budget == Decimal("3000000")
    assert plan.projects[1].milestones[0].due_quarter == 3
    assert plan.projects[2].code == "DN-03" and plan.projects[2].title == '=HYPERLINK("x")'
    assert plan.projects[0] == base.projects[0]  # untouched rows survive LibreOffice unchanged
    assert diff_plans(base, plan).summary() == "projects: 1 added, 1 changed; milestones: 1 changed."
