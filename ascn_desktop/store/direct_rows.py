"""Single rows written and looked up without the ORM's per-statement work (the import's hot path).

An import writes two rows per bundle besides its plan's bulk rows (core/bundles/imported_rows.py)
and asks a few questions by key; through the session's unit of work and statement handling these
were about a tenth of an import. The rows and answers are the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import ClauseElement, CursorResult, Table, bindparam, insert, inspect, select
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.compiler import SQLCompiler

from ascn_desktop.store.models import Base


def insert_values(session: Session, model: type[Base], values: dict[str, Any]) -> None:
    """One row of `model` with these column values, the other columns' defaults, written at once."""
    session.connection().execute(insert(cast(Table, model.__table__)), values)


def insert_row(session: Session, row: Base) -> int:
    """Write the new ORM object `row` with one INSERT and return its id (also set on `row`).

    The same row the session's flush would write (the values set on the object, the columns' own
    defaults for the others, through the same column types), without the unit of work: flushing the
    bundle's row and the plan's header was a tenth of an import. `row` stays outside the session."""
    table: Table = row.__table__  # type: ignore[assignment]
    state = inspect(row)
    values = {column.key: state.dict[column.key] for column in table.columns if column.key in state.dict}
    key = session.connection().execute(insert(table), values).inserted_primary_key
    assert key is not None  # a single-row INSERT always has one
    row_id = int(key[0])
    row.id = row_id  # type: ignore[attr-defined]
    return row_id


_COMPILED: dict[tuple[str, str], tuple[str, tuple[str, ...] | None]] = {}


def run_compiled(session: Session, name: str, statement: Callable[[], ClauseElement],
                 params: dict[str, Any]) -> CursorResult[Any]:
    """Run the statement `statement()` builds, compiled once per engine under `name`, on the driver.

    Its parameters are `bindparam`s named as in `params`, passed without type conversion (text, numbers
    and flags, which the drivers take as they are). Pending objects are flushed first, as a query would."""
    session.flush()
    connection = session.connection()
    key = (connection.dialect.name, name)
    found = _COMPILED.get(key)
    if found is None:
        compiled = cast(SQLCompiler, statement().compile(dialect=connection.dialect))
        found = _COMPILED[key] = (compiled.string, tuple(compiled.positiontup or ()) if compiled.positional else None)
    sql, order = found
    return connection.exec_driver_sql(sql, params if order is None else tuple(params[part] for part in order))


def stored_value(session: Session, wanted: InstrumentedAttribute[Any], key: InstrumentedAttribute[Any],
                 value: object) -> object | None:
    """The raw value of column `wanted` in a row whose column `key` equals `value`, or None: the import
    asks two or three of these per bundle, and SQLAlchemy's per-statement work was most of their time."""
    name = f"{wanted.class_.__name__}.{wanted.key} by {key.key}"
    row = run_compiled(session, name, lambda: select(wanted).where(key == bindparam("value")), {"value": value})
    first = row.first()
    return None if first is None else first[0]
