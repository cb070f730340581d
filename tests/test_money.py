"""Money is exact: Decimal in Python, INTEGER hundredths in SQLite, never a float."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from ascn_desktop.core import money
from ascn_desktop.core.errors import ValidationError
from ascn_desktop.core.model import FundingSource, Project
from ascn_desktop.core.plans import create_plan, get_project, save_project
from ascn_desktop.store.engine import Store

# Store behaviour: on SQLite and on a throwaway PostgreSQL server (tests/conftest.py).
pytestmark = pytest.mark.both_engines


@pytest.mark.parametrize("text", ["12345678901234.56", "0.01", "0", "-5.10", "999999999999999.99"])
def test_units_round_trip(text: str) -> None:
    amount = Decimal(text)
    assert money.from_units(money.to_units(amount)) == amount


def test_more_decimals_than_stored_is_refused() -> None:
    with pytest.raises(ValidationError):
        money.to_units(Decimal("0.001"))


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        money.to_units(0.1)  # type: ignore[arg-type]


@given(st.decimals(min_value=-money.MAX_AMOUNT, max_value=money.MAX_AMOUNT, places=2, allow_nan=False))
def test_any_two_place_amount_round_trips(amount: Decimal) -> None:
    assert money.from_units(money.to_units(amount)) == amount


def test_store_round_trips_vnd_and_cents_exactly(store: Store) -> None:
    plan_id = create_plan(store, city="VNM-HA-NOI", cycle="2018-2025")
    project = Project(code="P1", title="Hà Nội", budget=Decimal("12345678901234.56"), currency="VND",
                      budget_usd=Decimal("0.01"),
                      funding=[FundingSource(type="municipal", name="Ngân sách", amount=Decimal("0.01"))])
    save_project(store, plan_id, project)
    back = get_project(store, plan_id, project.id)
    assert back.budget == Decimal("12345678901234.56")
    assert back.budget_usd == Decimal("0.01")
    assert back.funding[0].amount == Decimal("0.01")
    if store.profile.db_path is None:
        # On PostgreSQL the column itself is an exact NUMERIC(19, 2) (a 32-bit INTEGER would overflow).
        with store.engine.connect() as connection:
            kind, value = connection.execute(text("SELECT pg_typeof(budget)::text, budget::text FROM projects")).one()
        assert (kind, value) == ("numeric", "12345678901234.56")
        return
    # In SQLite itself the amount is an exact INTEGER, not a REAL.
    raw = sqlite3.connect(store.profile.db_path)
    assert raw.execute("SELECT typeof(budget), budget FROM projects").fetchone() == ("integer", 1234567890123456)
    raw.close()


def test_canonical_text() -> None:
    assert money.canonical(Decimal("1500000.5")) == "1500000.50"
    assert money.canonical(Decimal("1E+3")) == "1000.00"
