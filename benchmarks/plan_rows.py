"""A whole plan's rows read with plain sqlite3: the floor of every benchmark that loads a plan.

The plan row, its projects, their milestones, indicators, funding sources, progress notes and the
indicators' values, each table one ``SELECT *``: what the store's whole-plan load (``get_plan``, the
export's load, the readiness check's load) reads through its own code. The floors of the export
(benchmarks/export_floor.py) and of the readiness check (benchmarks/bench_readiness.py) both use it.
Only sqlite3 is imported: the export floor's fresh process imports this inside its timed part.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

CHILD_TABLES = ("milestones", "indicators", "funding_sources", "progress_notes")


def read_plan_rows(database: Path, plan_id: int) -> int:
    """Fetch every row of plan `plan_id`; return how many there were."""
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute("SELECT * FROM plans WHERE id = ?", (plan_id,)).fetchall()
        rows += connection.execute("SELECT * FROM projects WHERE plan_id = ?", (plan_id,)).fetchall()
        for table in CHILD_TABLES:
            rows += connection.execute(f"SELECT * FROM {table} WHERE project_id IN "
                                       "(SELECT id FROM projects WHERE plan_id = ?)", (plan_id,)).fetchall()
        rows += connection.execute("SELECT * FROM indicator_values WHERE indicator_id IN (SELECT id FROM indicators "
                                   "WHERE project_id IN (SELECT id FROM projects WHERE plan_id = ?))",
                                   (plan_id,)).fetchall()
        return len(rows)
    finally:
        connection.close()
