"""Column types that keep values exact in SQLite (which has no decimal type) and in PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, Numeric, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from ascn_desktop.core import money
from ascn_desktop.core.i18n import _


# NUMERIC(19, 2) holds every amount core/money.py accepts (MAX_UNITS has 17 digits).
MONEY_NUMERIC = Numeric(precision=19, scale=money.SCALE, asdecimal=True)


def stores_money_as_units(dialect: Dialect) -> bool:
    """SQLite keeps INTEGER hundredths (unchanged since schema 0001); a server engine has a real NUMERIC."""
    return dialect.name == "sqlite"


class Money(TypeDecorator[Decimal]):
    """A Decimal amount: INTEGER hundredths in SQLite (see core/money.py), NUMERIC(19, 2) elsewhere.

    PostgreSQL's INTEGER is 32-bit (21,474,836.47 as hundredths), far below an IDR or VND budget,
    so a server store keeps the exact decimal itself (migration 0004 converts the columns).
    """

    impl = Integer
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if stores_money_as_units(dialect):
            return dialect.type_descriptor(Integer())
        return dialect.type_descriptor(MONEY_NUMERIC)

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | Decimal | None:
        if value is None:
            return None
        units = money.to_units(value)  # the same refusals (too many places, too large) on every engine
        return units if stores_money_as_units(dialect) else money.from_units(units)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if stores_money_as_units(dialect):
            return money.from_units(int(value))
        return money.from_units(money.to_units(Decimal(value)))  # SUM() may come back with more places


class DecimalText(TypeDecorator[Decimal]):
    """An exact Decimal of any scale (indicator values) stored as canonical TEXT."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal) or not value.is_finite():
            raise TypeError(_("indicator values must be finite Decimals"))
        return format(value, "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(str(value))


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes stored as ISO-8601 text ('2026-11-26T06:03:41Z')."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(_("datetimes in the store must be timezone-aware"))
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.strptime(str(value), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)
