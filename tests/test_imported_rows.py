"""An imported plan's rows, written in bulk (core/bundles/imported_rows.py), are the rows the ORM writes.

The importer writes plan.json straight into the tables with compiled INSERTs; `save_plan` writes the
same plan through the ORM and store/mapping.py. Every stored value of every row (read raw, without
the column types' conversions) must be the same, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Table, text
from sqlalchemy.dialects import postgresql, sqlite

import bundle_factory as bf
from ascn_desktop.core.bundles import plan_schema
from ascn_desktop.core.bundles.bundle_import import import_bundles
from ascn_desktop.core import fields as declared
from ascn_desktop.core.bundles.imported_rows import ROW_TABLES, _column_converter, table_writer
from ascn_desktop.core.bundles.plan_document import plan_from_document
from ascn_desktop.core.model import FundingSource, Indicator, IndicatorValue, Plan, ProgressNote
from ascn_desktop.core.plans import save_plan
from ascn_desktop.store.engine import Store
from ascn_desktop.store.models import FundingRow
from ascn_desktop.store.types import DecimalText, Money

pytestmark = pytest.mark.both_engines

_CHILDREN = {  # table: (the raw query of one plan's rows in the order they were written, columns not compared)
    "projects": ("SELECT * FROM projects WHERE plan_id = :plan ORDER BY position", {"id", "plan_id"}),
    "funding_sources": ("SELECT c.*, p.position AS project_position FROM funding_sources c JOIN projects p "
                        "ON p.id = c.project_id WHERE p.plan_id = :plan ORDER BY p.position, c.position",
                        {"id", "project_id"}),
    "milestones": ("SELECT c.*, p.position AS project_position FROM milestones c JOIN projects p "
                   "ON p.id = c.project_id WHERE p.plan_id = :plan ORDER BY p.position, c.position",
                   {"id", "project_id"}),
    "progress_notes": ("SELECT c.*, p.position AS project_position FROM progress_notes c JOIN projects p "
                       "ON p.id = c.project_id WHERE p.plan_id = :plan ORDER BY p.position, c.id",
                       {"id", "project_id"}),
    "indicators": ("SELECT c.*, p.position AS project_position FROM indicators c JOIN projects p "
                   "ON p.id = c.project_id WHERE p.plan_id = :plan ORDER BY p.position, c.position",
                   {"id", "project_id"}),
    "indicator_values": ("SELECT v.*, p.position AS project_position, i.position AS indicator_position "
                         "FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
                         "JOIN projects p ON p.id = i.project_id WHERE p.plan_id = :plan "
                         "ORDER BY p.position, i.position, v.year", {"indicator_id"}),
}


def _rows(store: Store, plan_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row of the plan's projects as the database holds it (no column type conversion)."""
    with store.read() as session:
        picture: dict[str, list[dict[str, Any]]] = {}
        for table, (query, skipped) in _CHILDREN.items():
            result = session.execute(text(query), {"plan": plan_id})
            picture[table] = [{key: value for key, value in row.items() if key not in skipped}
                              for row in result.mappings()]
        return picture


def _varied_plan(store: Store) -> Plan:
    """The demo plan of Hà Nội with the values that need converting at their edges."""
    plan = bf.demo_plan(bf.load(store), "VNM-HA-NOI", projects=6)
    first, second, third = plan.projects[:3]
    plan.projects[0] = replace(
        first, budget=Decimal("9999999999999.99"), budget_usd=None, sdgs=[1, 17], outcomes=["CE", "SE", "QL"],
        title="Đường sắt đô thị Hà Nội — tuyến 3 ✓", seeks_private_partner=True,
        funding=[FundingSource(type=first.funding[0].type if first.funding else "municipal", name="Ngân sách",
                               amount=Decimal("0.00"))])
    plan.projects[1] = replace(second, budget=None, sdgs=[], outcomes=[], funding=[], milestones=[],
                               progress_notes=[ProgressNote(year=2024, text="Chưa bắt đầu\nline two")])
    plan.projects[2] = replace(third, indicators=[
        Indicator(name="Tỷ lệ", unit="%", baseline_year=2017, baseline_value=Decimal("-0.5"), values=[
            IndicatorValue(year=2025, target=Decimal("12.25")),
            IndicatorValue(year=2019, actual=Decimal("100"), evidence="https://example.org/hà-nội?x=1"),
            IndicatorValue(year=2020),  # holds nothing besides its year: not stored
            IndicatorValue(year=2021, target=Decimal("0"), actual=Decimal("-12345678901234567890.125")),
        ]),
        Indicator(name="Empty", unit="", values=[])])
    return plan


def test_the_importers_rows_are_the_orms_rows(store: Store, tmp_path: Path) -> None:
    reference = bf.load(store)
    officer = bf.make_signer(city="VNM-HA-NOI", seed=21)
    bf.trust(store, officer)
    plan = _varied_plan(store)
    path = bf.write(tmp_path, "hanoi.ascn", bf.city_bundle(plan, reference, officer))
    [outcome] = import_bundles(store, [path])
    assert outcome.status == "imported", outcome.message
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read("plan.json"))
    through_orm = save_plan(store, plan_from_document(document), origin="local")
    imported, written = _rows(store, outcome.plan_ids[0]), _rows(store, through_orm)
    assert [len(rows) for rows in imported.values()] == [len(rows) for rows in written.values()]
    assert len(imported["indicator_values"]) > 0 and len(imported["progress_notes"]) > 0
    for table in _CHILDREN:
        assert imported[table] == written[table], table


def test_the_writers_name_every_column_but_the_id(store: Store) -> None:
    for name, (model, _entity, _extras) in ROW_TABLES.items():
        columns = {column.name for column in model.__table__.columns}
        written = set(table_writer(name, store.engine.dialect).columns)
        assert written | ({"id"} & columns) == columns, name


@given(number=st.from_regex(plan_schema.DECIMAL["pattern"], fullmatch=True))
def test_plan_json_numbers_are_stored_as_written(number: str) -> None:
    """The importer stores plan.json's numbers as they are written: the DecimalText column would
    store exactly that text for the Decimal (on either engine), for every number the schema admits."""
    for dialect in (sqlite.dialect(), postgresql.dialect()):
        bind: Any = DecimalText().bind_processor(dialect)
        assert bind is not None and bind(Decimal(number)) == number


@given(amount=st.from_regex(plan_schema.AMOUNT["pattern"], fullmatch=True))
def test_plan_json_amounts_are_stored_as_money_would_store_them(amount: str) -> None:
    """The importer's amount converter on SQLite (digits without the point) gives what the Money column's
    own bind gives for the Decimal, for every amount the schema admits."""
    dialect = sqlite.dialect()
    amount_field = next(f for f in declared.FUNDING.document_fields if f.name == "amount")
    convert = _column_converter(cast(Table, FundingRow.__table__), amount_field, dialect)
    bind: Any = Money().dialect_impl(dialect).bind_processor(dialect)
    assert convert is not None and bind is not None
    assert convert(amount) == bind(Decimal(amount)) and convert(None) is None
