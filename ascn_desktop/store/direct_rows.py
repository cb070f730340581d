"""Single rows written and looked up without the ORM's per-statement work (the import's hot path).

An import writes two rows per bundle besides its plan's bulk rows (core/bundles/imported_rows.py)
and asks two questions by a unique key; through the session's unit of work and statement handling
these were about a tenth of an import. The rows and answers are the same.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, inspect, select
from sqlalchemy.orm import InstrumentedAttribute, Session

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


_LOOKUPS: dict[tuple[str, str, str, str], tuple[str, bool]] = {}


def stored_value(session: Session, wanted: InstrumentedAttribute[Any], key: InstrumentedAttribute[Any],
                 value: object) -> object | None:
    """The raw value of column `wanted` in the row whose unique column `key` equals `value`, or None: a
    lookup by a unique key compiled once per engine and run on the driver (the import asks two per
    bundle, and SQLAlchemy's per-statement work was most of their time). Pending objects are flushed
    first, as a query would."""
    session.flush()
    connection = session.connection()
    cache_key = (connection.dialect.name, wanted.class_.__name__, wanted.key, key.key)
    found = _LOOKUPS.get(cache_key)
    if found is None:
        compiled = select(wanted).where(key == bindparam("value")).compile(dialect=connection.dialect)
        found = _LOOKUPS[cache_key] = (compiled.string, bool(compiled.positional))
    sql, positional = found
    row = connection.exec_driver_sql(sql, (value,) if positional else {"value": value}).first()
    return None if row is None else row[0]
