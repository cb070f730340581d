"""Annual report (PDF + Excel) for 26 cities, target under 10 s.

Two stores, each with 26 *imported* plans (the report's normal input): the
26-city demo (5–8 projects a city) and a synthetic one with 50 projects a city
(1,300 projects, 5 milestones and 3 indicators each), both with bundle rows
signed in time for the report year. Timed: ``write_annual_report`` end to end
(reading the store, computing, Excel, PDF layout, atomic writes).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ascn_desktop.core.demo import sample_plan  # noqa: E402
from ascn_desktop.core.model import Plan  # noqa: E402
from ascn_desktop.core.plans import save_plan  # noqa: E402
from ascn_desktop.core.profile import resolve_profile  # noqa: E402
from ascn_desktop.core.reference import load_reference  # noqa: E402
from ascn_desktop.core.reports.annual_report_files import write_annual_report  # noqa: E402
from ascn_desktop.core.startup import open_profile_store  # noqa: E402
from ascn_desktop.store.engine import Store  # noqa: E402
from ascn_desktop.store.models import ImportedBundle, PlanRow  # noqa: E402
from benchmarks.harness import Result, median_of  # noqa: E402
from benchmarks.synthetic import synthetic_plan  # noqa: E402

SIGNED = datetime(2025, 3, 1, tzinfo=UTC)


def _as_imported(store: Store, plan: Plan, country: str) -> None:
    plan_id = save_plan(store, plan, origin="imported")
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
        _as_imported(store, plan, city.country)
    return store


def _time_report(store: Store, out: Path) -> float:
    start = time.perf_counter()
    write_annual_report(store, cycle="2018-2025", year=2024, out_dir=out)
    return time.perf_counter() - start


def run() -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for label, projects in (("26-city demo (5–8 projects a city)", None),
                                ("26 cities × 50 projects (1,300 projects)", 50)):
            store = _store(root / f"home-{projects}", projects=projects)
            try:
                seconds = median_of(lambda store=store: _time_report(store, root / "out"), runs=3)
                pages = (root / "out" / "ascn-annual-report-2024.pdf").read_bytes().count(b"/Type /Page\n")
            finally:
                store.close()
            results.append(Result("report", f"annual report PDF+XLSX, {label}", seconds, "s", "< 10 s"))
            if pages:
                results.append(Result("report", f"  PDF pages, {label}", float(pages), "pages"))
    return results


if __name__ == "__main__":
    for result in run():
        print(f"{result.what}: {result.value:.2f} {result.unit} {result.target}")
