"""Many rows of one table written at once (an imported plan's projects, funding, milestones, ...).

`bulk_insert` is the one place where the engines differ in how the import's bulk rows reach the
database (core/bundles/imported_rows.py builds the rows the same way for both):

- SQLite: the table's INSERT, compiled once, run as one `executemany` (sqlite3 loops in C);
- PostgreSQL: ``COPY table (columns) FROM STDIN``. psycopg's `executemany` sends one INSERT per
  row and adapts every row's parameters in Python: about 30 µs a row, two thirds of a
  PostgreSQL import's CPU for the 1,800 rows of a 50-project plan, and as many statements for
  the server to run. COPY formats each row in psycopg's C code and the server reads one stream.

The rows are the same on either path: the same columns get the same values (each turned to text
by psycopg's own dumper for its Python type and read by the server as the column's type, as an
INSERT's parameter is; amounts stay Decimal, never float), the columns not named (the id) take
their defaults, and every constraint and trigger applies as for an INSERT.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError


class BulkInsert(Protocol):
    """Writes rows of one table; each row holds its values in `columns` order."""

    columns: list[str]

    def write(self, connection: Connection, rows: list[tuple[Any, ...]]) -> None: ...


def bulk_insert(table: Table, columns: Sequence[str], dialect: Dialect) -> BulkInsert:
    """The bulk writer of `table` for `dialect`, filling `columns` (any order; see `.columns`)."""
    if dialect.name == "postgresql":
        return _Copy(table, columns, dialect)
    return _ExecuteMany(table, columns, dialect)


class _ExecuteMany:
    """The compiled INSERT of the named columns, run once per row by the driver's `executemany`."""

    def __init__(self, table: Table, columns: Sequence[str], dialect: Dialect) -> None:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(columns), for_executemany=True)
        self.sql = compiled.string
        self.positional = bool(compiled.positional)
        # A positional statement takes its values in the order the compiler put the columns in.
        self.columns = list(compiled.positiontup or []) if self.positional else list(columns)
        unnamed = set(self.columns) - set(columns)
        if unnamed:
            raise AssertionError(f"{table.name}: {sorted(unnamed)} have no value in a bulk row")

    def write(self, connection: Connection, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.positional:
            connection.exec_driver_sql(self.sql, rows)
        else:
            connection.exec_driver_sql(self.sql, [dict(zip(self.columns, row, strict=True)) for row in rows])


class _Copy:
    """``COPY table (columns) FROM STDIN`` (text format) on psycopg 3, in the session's transaction."""

    def __init__(self, table: Table, columns: Sequence[str], dialect: Dialect) -> None:
        quote = dialect.identifier_preparer
        self.columns = list(columns)
        self.sql = (f"COPY {quote.format_table(table)} ({', '.join(quote.quote(c) for c in self.columns)}) "
                    "FROM STDIN")

    def write(self, connection: Connection, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        dbapi, driver_connection = connection.dialect.loaded_dbapi, connection.connection.dbapi_connection
        cursor = cast(Any, connection.connection.cursor())
        try:
            with cursor.copy(self.sql) as copy:
                for row in rows:
                    copy.write_row(row)
        except dbapi.Error as error:
            # As SQLAlchemy wraps a failed statement, so the store's sentences and retries (a serialisation
            # failure, a unique violation) see it as they see any other: a DBAPIError with the driver's error.
            lost = connection.dialect.is_disconnect(error, driver_connection, cursor)
            raise DBAPIError.instance(self.sql, None, error, dbapi.Error, connection_invalidated=lost,
                                      dialect=connection.dialect) from error
        finally:
            cursor.close()
