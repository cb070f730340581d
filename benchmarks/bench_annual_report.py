"""Annual report (PDF + Excel) for 26 cities, target under 10 s.

Two stores, each with 26 *imported* plans (the report's normal input): the
26-city demo (5–8 projects a city) and a synthetic one with 50 projects a city
(1,300 projects, 5 milestones and 3 indicators each), both with bundle rows
signed in time for the report year. Timed: ``write_annual_report`` end to end
(reading the store, computing, Excel, PDF layout, atomic writes).

Floor, measured in the same run and alternating with the product
(harness.interleaved): the same rows read with plain sqlite3 (every project,
milestone and indicator value of the current imported plans), an openpyxl
write-only workbook with one row per project, milestone and indicator value,
and reportlab drawing one line per project and per milestone and indicator
(bench_plan_pdf.floor_pdf). It computes nothing: what the report adds above
it is the monitoring itself and the layout.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ascn_desktop.core.demo import sample_plan  # noqa: E402
from ascn_desktop.core.model import Plan  # noqa: E402
from ascn_desktop.core.profile import resolve_profile  # noqa: E402
from ascn_desktop.core.reference import ReferenceData, load_reference  # noqa: E402
from ascn_desktop.core.reports.annual_report_files import write_annual_report  # noqa: E402
from ascn_desktop.core.startup import open_profile_store  # noqa: E402
from ascn_desktop.store.engine import Store  # noqa: E402
from ascn_desktop.store.models import ImportedBundle, PlanRow  # noqa: E402
from benchmarks.harness import QUICK, Result, in_process, interleaved, timed  # noqa: E402
from benchmarks.bench_plan_pdf import floor_pdf  # noqa: E402
from benchmarks.synthetic import store_plan, synthetic_plan  # noqa: E402

SIGNED = datetime(2025, 3, 1, tzinfo=UTC)


def _as_imported(store: Store, plan: Plan, reference: ReferenceData, country: str) -> None:
    plan_id = store_plan(store, plan, reference, origin="imported")
    with store.transaction() as session:
        bundle = ImportedBundle(bundle_uuid=f"00000000-0000-4000-8000-{plan_id:012d}", sha256=f"{plan_id:064d}",
                                kind="city-plan", file_name=f"{plan.city}.ascn", archive_path=f"b/{plan_id}",
                                size=1, signer_fingerprint="bench", signed_at=SIGNED, imported_at=SIGNED,
                                plan_uuid=plan.uuid, revision=plan.revision, city=plan.city, country=country,
                                details={})
        session.add(bundle)
        session.flush()
        row = session.get(PlanRow, plan_id)
        assert row is not None
        row.bundle_id, row.review_status = bundle.id, "received"


def _store(home: Path, *, projects: int | None) -> Store:
    store = open_profile_store(resolve_profile(home))
    reference = load_reference(store)
    for city in [c for c in reference.cities.values() if c.pilot][:26]:
        plan = sample_plan(reference, city) if projects is None else synthetic_plan(city, projects)
        _as_imported(store, plan, reference, city.country)
    return store


def _report(store: Store, out: Path) -> None:
    write_annual_report(store, cycle="2018-2025", year=2024, out_dir=out)


def _floor(store: Store, out: Path) -> None:
    import sqlite3

    from openpyxl import Workbook

    database = sqlite3.connect(str(store.profile.db_path))
    current = "SELECT id FROM plans WHERE origin = 'imported' AND is_current = 1"
    projects = database.execute(f"SELECT id, code, title, status, budget, currency FROM projects "
                                f"WHERE plan_id IN ({current}) ORDER BY plan_id, position").fetchall()
    milestones = database.execute(f"SELECT project_id, title, due_year, due_quarter, status, percent FROM milestones "
                                  f"WHERE project_id IN (SELECT id FROM projects WHERE plan_id IN ({current}))"
                                  ).fetchall()
    values = database.execute(f"SELECT i.project_id, i.name, v.year, v.target, v.actual FROM indicators i "
                              f"JOIN indicator_values v ON v.indicator_id = i.id WHERE i.project_id IN "
                              f"(SELECT id FROM projects WHERE plan_id IN ({current}))").fetchall()
    database.close()
    workbook = Workbook(write_only=True)
    for name, rows in (("projects", projects), ("milestones", milestones), ("indicators", values)):
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    workbook.save(out / "floor.xlsx")
    lines = [" ".join(str(value) for value in row) for row in (*projects, *milestones)]
    lines += [" ".join(str(value) for value in row) for row in values if row[2] == 2024]
    (out / "floor.pdf").write_bytes(floor_pdf([line[:110] for line in lines]))


def run() -> list[Result]:
    from ascn_desktop.core.reports.fonts import register_fonts

    register_fonts()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "out").mkdir()
        (root / "floor").mkdir()
        for label, projects in (("26-city demo (5–8 projects a city)", None),
                                ("26 cities × 50 projects (1,300 projects)", 50)):
            store = _store(root / f"home-{projects}", projects=projects)
            try:
                medians = interleaved({
                    "report": lambda store=store: in_process(lambda: _report(store, root / "out")),
                    "floor": lambda store=store: in_process(lambda: _floor(store, root / "floor")),
                }, repeat=1 if QUICK else 3)
                pages = (root / "out" / "ascn-annual-report-2024.pdf").read_bytes().count(b"/Type /Page\n")
            finally:
                store.close()
            results.append(timed("report", f"annual report PDF+XLSX, {label}", medians["report"],
                                 "plain sqlite3 rows; openpyxl write-only rows; reportlab line per row",
                                 medians["floor"], target="< 10 s wall", scale=1.0, unit="s"))
            if pages:
                results.append(Result("report", f"  PDF pages, {label}", float(pages), "pages"))
    return results


if __name__ == "__main__":
    for result in run():
        print(result)
