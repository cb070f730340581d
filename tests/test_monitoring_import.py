"""Monitoring on plans that came in through the real import path (core/bundles/bundle_import.py)."""

from __future__ import annotations

import pytest

from datetime import UTC, date, datetime
from pathlib import Path

import bundle_factory as bf

from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core.data_export import collect_tables
from ascn_desktop.core.monitoring import monitor
from ascn_desktop.store.engine import Store

# Store behaviour: on SQLite and on a throwaway PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines


def test_imported_revisions_drive_completeness(store: Store, tmp_path: Path) -> None:
    reference = bf.load(store)
    signer = bf.make_signer(created_at="2024-06-01T00:00:00Z")  # a key must exist before it signs (2025)
    bf.trust(store, signer)
    first = bf.demo_plan(reference, "VNM-DA-NANG", revision=1)
    second = bf.demo_plan(reference, "VNM-DA-NANG", revision=2, projects=3)
    paths = [
        bf.write(tmp_path, "r1.ascn", bf.city_bundle(first, reference, signer,
                                                     signed_at=datetime(2025, 2, 1, tzinfo=UTC))),
        bf.write(tmp_path, "r2.ascn", bf.city_bundle(second, reference, signer,
                                                     signed_at=datetime(2025, 5, 1, tzinfo=UTC))),
    ]
    outcomes = import_bundles(store, paths)
    assert [o.status for o in outcomes] == ["imported", "imported"]

    result = monitor(store, reference, cycle="2018-2025", year=2024, as_of=date(2025, 6, 30))
    row = next(r for r in result.completeness if r.city == "VNM-DA-NANG")
    # The report on 2024 is revision 1 (signed before the deadline); revision 2 superseded it.
    assert (row.state, row.report_revision, row.latest_revision) == ("on_time", 1, 2)
    assert row.review_status == "received"
    assert result.summary.plans == 1 and result.summary.projects == 3
    later = monitor(store, reference, cycle="2018-2025", year=2025, as_of=date(2026, 6, 30))
    assert next(r for r in later.completeness if r.city == "VNM-DA-NANG").state == "missing"

    tables = collect_tables(store)
    assert [(p["revision"], p["signed_at"]) for p in tables["plans"]] == [(2, "2025-05-01T00:00:00Z")]
    assert tables["plans"][0]["signer_fingerprint"] == signer.fingerprint
