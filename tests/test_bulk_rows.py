"""The bulk writer of the import's rows (store/bulk_rows.py): executemany on SQLite, COPY on PostgreSQL.

That both write the same rows as the ORM is tests/test_imported_rows.py's business; here: text with
the characters COPY escapes goes in as it is, and a row the database refuses inside the bulk write
reaches the store as any refused statement does, so a bundle's savepoint undoes only that bundle and
a collision between two analysts is retried.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, text
from sqlalchemy.exc import IntegrityError

import bundle_factory as bf
from ascn_desktop.core.plans import save_plan
from ascn_desktop.core.profile import resolve_profile
from ascn_desktop.core.startup import open_profile_store
from ascn_desktop.store.bulk_rows import BulkInsert, bulk_insert
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import MilestoneRow
from ascn_desktop.store.server_store import ConflictError

pytestmark = pytest.mark.both_engines

_COLUMNS = ("uuid", "title", "due_year", "due_quarter", "status", "percent", "project_id", "position")
_OURS = "SELECT title, due_quarter, percent FROM milestones WHERE uuid LIKE 'm-%' ORDER BY position, title"


def _milestone(title: str, *, project_id: int, position: int) -> dict[str, Any]:
    return {"uuid": f"m-{position}-{len(title)}", "title": title, "due_year": 2026, "due_quarter": 2, "status": "planned",
            "percent": 0, "project_id": project_id, "position": position}


def _rows(writer: BulkInsert, *milestones: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [tuple(m[column] for column in writer.columns) for m in milestones]


def _writer(store: Store) -> BulkInsert:
    return bulk_insert(cast(Table, MilestoneRow.__table__), _COLUMNS, store.engine.dialect)


def _a_project(store: Store) -> int:
    """The id of a stored project (the only one of a saved demo plan)."""
    plan_id = save_plan(store, bf.demo_plan(bf.load(store), "VNM-HA-NOI", projects=1), origin="local")
    with store.read() as session:
        return int(session.execute(text("SELECT id FROM projects WHERE plan_id = :plan"),
                                   {"plan": plan_id}).scalar_one())


def test_written_rows_are_there_as_given(store: Store) -> None:
    project = _a_project(store)
    writer = _writer(store)
    odd = "tab\there, back\\slash, \\N, new\nline\r\nand Khởi công ✓"
    with store.transaction() as session:
        writer.write(session.connection(), _rows(writer, _milestone("Khởi công", project_id=project, position=0),
                                                 _milestone(odd, project_id=project, position=1)))
        writer.write(session.connection(), [])
    with store.read() as session:
        stored = [tuple(row) for row in session.execute(text(_OURS))]
    assert stored == [("Khởi công", 2, 0), (odd, 2, 0)]


def test_a_refused_row_undoes_only_its_savepoint(store: Store) -> None:
    project = _a_project(store)
    writer = _writer(store)
    with store.transaction() as session:
        with pytest.raises(IntegrityError):
            with session.begin_nested():  # as each bundle of an import batch
                writer.write(session.connection(), _rows(
                    writer, _milestone("undone", project_id=project, position=0),
                    _milestone("no such project", project_id=project + 1000, position=1)))
        writer.write(session.connection(), _rows(writer, _milestone("after", project_id=project, position=0)))
    with store.read() as session:
        assert [row.title for row in session.execute(text(_OURS))] == ["after"]


def test_a_collision_inside_the_bulk_write_is_a_conflict_to_retry(pg_url: str, tmp_path: Path) -> None:
    """PostgreSQL only: a SQLite store has one writer at a time, no collision between analysts to retry."""
    store = open_profile_store(resolve_profile(tmp_path / "analyst", db=pg_url))
    try:
        project = _a_project(store)
        writer = _writer(store)
        with store.transaction() as session:  # a unique key the second row breaks, as another analyst's row would
            session.execute(text("CREATE UNIQUE INDEX test_one_title ON milestones (title)"))
        with pytest.raises(ConflictError):  # what store/retries.py tries again
            with store.transaction() as session:
                writer.write(session.connection(), _rows(writer, _milestone("same", project_id=project, position=0),
                                                         _milestone("same", project_id=project, position=1)))
    finally:
        store.close()
