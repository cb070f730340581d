"""An imported plan written into the store: its header row, then its projects in bulk (the import's hot path).

A verified plan.json's projects go in as rows straight from the document (about 1,700 rows a
50-project plan), not as ORM objects. The rows hold exactly what `plan_from_document` and
store/mapping.py's `fill_project_row` would write (tests/test_imported_rows.py compares the two
column for column, on both engines). What makes it cheap:

- per engine and table, the bulk writer (store/bulk_rows.py: an `executemany` of the compiled
  INSERT, or COPY on PostgreSQL) is made once and kept with one function per column that
  takes the plan.json value to what the driver receives: the JSON-to-Python conversion (amounts,
  numbers, flags) followed by the column type's own bind processor, which is what SQLAlchemy would
  do per row, minus its bookkeeping;
- a row is read off its plan.json object by one `itemgetter`, its extras (ids, positions) added and
  put in the statement's column order by another, in one comprehension per table; only the columns
  that need it (amounts, flags, lists) are converted;
- list columns (outcomes, SDGs) take a handful of distinct values: each distinct list is encoded
  by the JSON type once and its text reused, not a `json.dumps` per row;
- ids come from the database: rows go in without one (one bulk write per table and plan), then
  the projects' and indicators' ids are read back in position order (one SELECT each), the ids
  the database gave them on either engine, never max(id) + 1 (two analysts importing into one
  server store at once would share it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from itertools import product
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, Integer, Table, bindparam, select
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine
from sqlalchemy.orm import Session

from ascn_desktop.core import fields as declared
from ascn_desktop.core.model import Plan
from ascn_desktop.store.bulk_rows import bulk_insert
from ascn_desktop.store.direct_rows import insert_row, run_compiled
from ascn_desktop.store.mapping import fill_plan_header, search_text
from ascn_desktop.store.models import FundingRow, IndicatorRow, IndicatorValueRow, MilestoneRow
from ascn_desktop.store.models import PlanRow, ProgressNoteRow, ProjectRow
from ascn_desktop.store.types import DecimalText, Money, stores_money_as_units, utc_now


def insert_plan(session: Session, plan: Plan, projects: list[dict[str, Any]], *, bundle_id: int) -> int:
    """Insert an imported plan (its header row, then its projects in bulk); returns its id.

    The rows hold exactly what `plan_from_document` + store/mapping.py would write
    (tests/test_imported_rows.py compares them column for column).
    """
    now = utc_now()
    plan_row = fill_plan_header(PlanRow(origin="imported", created_at=plan.created_at or now), plan)
    plan_row.updated_at = plan.updated_at or now
    plan_row.is_current, plan_row.bundle_id, plan_row.review_status = True, bundle_id, "received"
    plan_id = insert_row(session, plan_row)
    insert_projects(session, plan_id, projects)
    return plan_id


def _decimal(text: str | None) -> Decimal | None:
    """A schema-valid amount or number ("1500000.50", "12.5"); the Money column checks its range."""
    return None if text is None else Decimal(text)


_FROM_JSON: dict[str, Callable[[Any], Any]] = {
    "money": _decimal, "decimal": _decimal, "bool": bool, "goals": lambda goals: [int(goal) for goal in goals],
}
_LIST_KINDS = ("codes", "goals")
_MEMO_LIMIT = 4096  # distinct lists remembered per column (outcomes: 8 possible, SDGs: a few hundred seen)

Convert = Callable[[Any], Any]


def _converter(kind: str, bind: Convert | None) -> Convert | None:
    """plan.json value -> driver value for one column; None when the value goes in as it is."""
    from_json = _FROM_JSON.get(kind)
    if from_json is None and bind is None:
        return None
    if from_json is None:
        assert bind is not None
        convert: Convert = bind
    elif bind is None:
        def convert(value: Any) -> Any:
            return None if value is None else from_json(value)
    else:
        def convert(value: Any) -> Any:
            return bind(None if value is None else from_json(value))
    if kind not in _LIST_KINDS:
        return convert
    memo: dict[tuple[Any, ...], Any] = {}

    def remembered(value: Any) -> Any:
        if value is None:
            return convert(value)
        key = tuple(value)
        try:
            return memo[key]
        except KeyError:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            encoded = memo[key] = convert(value)
            return encoded
    return remembered


def _bind(column_type: TypeEngine[Any], dialect: Dialect) -> Convert | None:
    """The bind processor SQLAlchemy itself would use: the engine's own form of the type (PostgreSQL's JSON
    has its own), not the generic one."""
    return column_type.dialect_impl(dialect).bind_processor(dialect)


def _column_converter(table: Table, field: declared.Field, dialect: Dialect) -> Convert | None:
    column_type = table.c[field.column].type
    if field.kind == "decimal" and isinstance(column_type, DecimalText):
        # plan.json's numbers are the shortest plain decimals (plan_schema.DECIMAL, checked before any
        # import), which DecimalText stores as they are written: format(Decimal(text), "f") == text
        # (tests/test_imported_rows.py checks it over the pattern). A Decimal per indicator value was
        # a fifth of the import.
        return None
    if field.kind == "money" and isinstance(column_type, Money) and stores_money_as_units(dialect):
        # plan.json's amounts have two decimals and at most 15 digits before them (plan_schema.AMOUNT,
        # checked before any import): their hundredths are the digits without the point, which is what
        # Money's bind (Decimal, then money.to_units) gives for them (tests/test_imported_rows.py checks
        # it over the pattern); four times cheaper.
        return _hundredths
    return _converter(field.kind, _bind(column_type, dialect))


def _hundredths(amount: str | None) -> int | None:
    return None if amount is None else int(amount.replace(".", ""))


class _TableWriter:
    """The compiled INSERT of one table for one engine, and how a row is read off a plan.json object."""

    def __init__(self, table: Table, entity: declared.Entity, extras: Sequence[str], dialect: Dialect) -> None:
        by_column = {f.column: f for f in entity.document_fields}
        # Fields added after version 1 (optional: absent from older bundles and when empty) come after the others.
        required = [f for f in entity.document_fields if not f.optional]
        optional = [f for f in entity.document_fields if f.optional]
        keys = [*(f.column for f in required), *(f.column for f in optional), *extras]
        self.out = bulk_insert(table, keys, dialect)  # an executemany of the INSERT, or COPY on PostgreSQL
        self.columns = self.out.columns
        # A row is the object's values (by plan.json name, in the entity's order), its optional values (each
        # read with its empty value as default), then the extras, put into the statement's column order by one
        # itemgetter: a few C calls, no dict and no function call per row.
        names = [f.name for f in required]
        self.get = itemgetter(*names) if len(names) > 1 else (lambda item: (item[names[0]],))
        self.optional = tuple((f.name, f.empty) for f in optional)
        self.order = itemgetter(*(keys.index(column) for column in self.columns))
        self.convert = [(n, convert) for n, column in enumerate(self.columns)
                        if column in by_column and (convert := _column_converter(table, by_column[column], dialect))]
        self.convert += [(n, bind) for n, column in enumerate(self.columns)
                         if column not in by_column and (bind := _bind(table.c[column].type, dialect))]

    def rows(self, objects: Iterable[tuple[dict[str, Any], tuple[Any, ...]]]) -> list[tuple[Any, ...]]:
        """The statement's values for each (plan.json object, its extras in the writer's extras order)."""
        get, order, optional = self.get, self.order, self.optional
        if not optional:
            rows = [order(get(item) + extras) for item, extras in objects]
        elif len(optional) == 1:  # indicator values: their evidence link
            [(name, empty)] = optional
            rows = [order(get(item) + (item.get(name, empty),) + extras) for item, extras in objects]
        else:
            rows = [order(get(item) + tuple([item.get(name, empty) for name, empty in optional]) + extras)
                    for item, extras in objects]
        if self.convert:
            rows = [self._converted(values) for values in rows]
        return rows

    def _converted(self, values: tuple[Any, ...]) -> tuple[Any, ...]:
        converted = list(values)
        for n, convert in self.convert:
            converted[n] = convert(converted[n])
        return tuple(converted)

    def write(self, connection: Connection, rows: list[tuple[Any, ...]]) -> None:
        self.out.write(connection, rows)


# The tables an imported plan's projects fill, their entity, and the columns the document does not hold
# (a test checks that the writers name every column but the id).
ROW_TABLES: dict[str, tuple[Any, declared.Entity, tuple[str, ...]]] = {
    "projects": (ProjectRow, declared.PROJECT, ("plan_id", "position", "search_text")),
    "funding": (FundingRow, declared.FUNDING, ("project_id", "position")),
    "milestones": (MilestoneRow, declared.MILESTONE, ("project_id", "position")),
    "notes": (ProgressNoteRow, declared.PROGRESS_NOTE, ("project_id",)),
    "indicators": (IndicatorRow, declared.INDICATOR, ("project_id", "position")),
    "values": (IndicatorValueRow, declared.INDICATOR_VALUE, ("indicator_id",)),
}
_WRITERS: dict[tuple[str, str], _TableWriter] = {}


def table_writer(name: str, dialect: Dialect) -> _TableWriter:
    key = (dialect.name, name)
    writer = _WRITERS.get(key)
    if writer is None:
        model, entity, extras = ROW_TABLES[name]
        writer = _WRITERS[key] = _TableWriter(cast(Table, model.__table__), entity, extras, dialect)
    return writer


_VALUE_PARTS = tuple(f.column for f in declared.INDICATOR_VALUE.document_fields if f.name != "year")
# An indicator's year is stored only when it holds something besides its year (mapping.has_value): a row
# whose other parts are each None or "" holds nothing. One C lookup per row instead of a function call.
_HOLDS_NOTHING = frozenset(product((None, ""), repeat=len(_VALUE_PARTS)) if len(_VALUE_PARTS) > 1 else (None, ""))


def insert_projects(session: Session, plan_id: int, projects: list[dict[str, Any]]) -> None:
    """Insert the projects of plan `plan_id` (plan.json objects, schema-checked) and all their rows."""
    connection = session.connection()
    dialect = connection.dialect

    def writer(name: str) -> _TableWriter:
        return table_writer(name, dialect)

    projects_out = writer("projects")
    projects_out.write(connection, projects_out.rows(
        (p, (plan_id, position, search_text(p["code"], p["title"], p["lead_agency"], p["description"])))
        for position, p in enumerate(projects)))
    project_ids = _ids(session, ProjectRow, plan_id)
    pairs = list(zip(project_ids, projects, strict=True))
    funding, milestones, notes = writer("funding"), writer("milestones"), writer("notes")
    funding.write(connection, funding.rows((f, (project_id, n))
                                           for project_id, p in pairs for n, f in enumerate(p["funding"])))
    milestones.write(connection, milestones.rows((m, (project_id, n))
                                                 for project_id, p in pairs for n, m in enumerate(p["milestones"])))
    notes.write(connection, notes.rows((note, (project_id,)) for project_id, p in pairs for note in p["progress_notes"]))
    indicators_out = writer("indicators")
    indicators_out.write(connection, indicators_out.rows(
        (indicator, (project_id, n)) for project_id, p in pairs for n, indicator in enumerate(p["indicators"])))
    indicator_ids = _ids(session, IndicatorRow, plan_id)
    indicators = [indicator for p in projects for indicator in p["indicators"]]
    values = writer("values")
    parts = itemgetter(*(values.columns.index(column) for column in _VALUE_PARTS))
    values.write(connection, [row for row in values.rows(
        (v, (indicator_id,))
        for indicator_id, indicator in zip(indicator_ids, indicators, strict=True)
        for v in sorted(indicator["values"], key=itemgetter("year"))) if parts(row) not in _HOLDS_NOTHING])


def _ids(session: Session, model: Any, plan_id: int) -> list[int]:
    """The ids of plan `plan_id`'s projects (or indicators) in the order they were inserted: by position."""
    if model is ProjectRow:
        rows = run_compiled(session, "project ids of a plan", lambda: select(ProjectRow.id).where(
            ProjectRow.plan_id == bindparam("plan_id", type_=Integer)).order_by(ProjectRow.position),
            {"plan_id": plan_id})
    else:
        rows = run_compiled(session, "indicator ids of a plan", lambda: (
            select(IndicatorRow.id).join(ProjectRow, IndicatorRow.project_id == ProjectRow.id)
            .where(ProjectRow.plan_id == bindparam("plan_id", type_=Integer))
            .order_by(ProjectRow.position, IndicatorRow.position)), {"plan_id": plan_id})
    return [int(row_id) for (row_id,) in rows]
