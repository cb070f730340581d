"""`ascn export-data`: each format, column names exactly as docs/data-export.md documents them."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_monitoring_dataset import build_dataset

from ascn_desktop.core.data_export import COLUMNS, collect_tables, export_data
from ascn_desktop.core.errors import ValidationError
from ascn_desktop.store.engine import Store

# Store behaviour: on SQLite and on a throwaway PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines

DOC = Path(__file__).resolve().parents[1] / "docs" / "data-export.md"


def documented_columns() -> dict[str, list[str]]:
    """Table -> column names, read from the '## table' sections of the documentation."""
    tables: dict[str, list[str]] = {}
    current: str | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (\w+)$", line)
        if heading:
            current = heading.group(1) if heading.group(1) in COLUMNS else None
            continue
        row = re.match(r"^\| (\w+) \| (text|integer|decimal|boolean|timestamp|list) \|", line)
        if current and row:
            tables.setdefault(current, []).append(row.group(1))
    return tables


def test_documentation_matches_the_code() -> None:
    assert documented_columns() == {name: list(cols) for name, cols in COLUMNS.items()}


def test_tables_content(store: Store) -> None:
    build_dataset(store)
    tables = collect_tables(store)
    assert len(tables["cities"]) == 38
    dili = next(c for c in tables["cities"] if c["city_code"] == "TLS-DILI")
    assert (dili["joined_year"], dili["currency"], dili["city_name_local"]) == (2026, "USD", "Díli")
    assert {(p["city_code"], p["revision"], p["origin"]) for p in tables["plans"]} == {
        ("VNM-HA-NOI", 2, "imported"), ("VNM-DA-NANG", 1, "imported"), ("IDN-DKI-JAKARTA", 1, "imported"),
        ("KHM-PHNOM-PENH", 0, "local")}
    assert len(tables["projects"]) == 5
    hanoi = next(p for p in tables["plans"] if p["city_code"] == "VNM-HA-NOI")
    assert hanoi["signed_at"] == "2025-03-15T00:00:00Z" and hanoi["project_count"] == 2
    assert hanoi["review_status"] == "accepted"
    assert len(tables["indicators"]) == 6  # one row per indicator-year
    assert {f["amount"] for f in tables["funding"]} == {"600.00", "400.00", "500.00", "2000.00", "300.00"}
    assert len(collect_tables(store, all_revisions=True)["plans"]) == 5
    assert [r["status"] for r in tables["reviews"]] == ["accepted", "accepted", "returned"]


def test_each_format(store: Store, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    build_dataset(store)
    db = store.profile.db_url
    for fmt in ("json", "csv", "xlsx"):
        result = run_cli("--db", db, "export-data", "--format", fmt, "--out", str(tmp_path / fmt))
        assert result.status == 0, result.err
        assert "(s)" not in result.out and " 1 files" not in result.out  # "1 file(s)" (#19)
    assert "Wrote 1 file to" in run_cli("--db", db, "export-data", "--format", "json",
                                        "--out", str(tmp_path / "again")).out

    document = json.loads((tmp_path / "json" / "ascn-data.json").read_text(encoding="utf-8"))
    assert document["format"] == "ascn-data" and document["version"] == 1
    for name, columns in COLUMNS.items():
        assert all(list(row) == list(columns) for row in document["tables"][name]), name
    assert any(c["city_name"] == "Hà Nội" for c in document["tables"]["cities"])

    for name, columns in COLUMNS.items():
        raw = (tmp_path / "csv" / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        assert rows[0] == list(columns)
    projects = list(csv.DictReader(io.StringIO((tmp_path / "csv" / "projects.csv").read_text("utf-8-sig"),
                                               newline="")))
    hn = next(p for p in projects if p["code"] == "HN-01")
    assert hn["title"] == "Chiếu sáng đô thị thông minh" and hn["budget"] == "1000.00"
    assert hn["seeks_private_partner"] == "true" and hn["budget_usd"] == "40.00"

    workbook = load_workbook(tmp_path / "xlsx" / "ascn-data.xlsx", read_only=True)
    assert workbook.sheetnames == list(COLUMNS)
    for name, columns in COLUMNS.items():
        assert list(next(workbook[name].iter_rows(max_row=1, values_only=True))) == list(columns)
    workbook.close()


def test_bad_cycle_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no planning cycle"):
        export_data(store, fmt="csv", out_dir=tmp_path, cycle="1999-2000")
    assert not list(tmp_path.glob("*.csv"))
