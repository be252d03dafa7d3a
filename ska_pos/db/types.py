"""Column types that keep money, quantities and times exact on both SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, DateTime, Dialect, func
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.types import TypeDecorator

QUANTITY_SCALE = 3
_QUANTITY_FACTOR = Decimal(10) ** QUANTITY_SCALE
_QUANTUM = Decimal(1).scaleb(-QUANTITY_SCALE)


class Quantity(TypeDecorator[Decimal]):
    """A Decimal with three places, stored as whole thousandths so SQL sums stay exact."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        thousandths = Decimal(value) * _QUANTITY_FACTOR
        if thousandths != thousandths.to_integral_value():
            raise ValueError(f"quantity {value} has more than {QUANTITY_SCALE} decimal places")
        return int(thousandths)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / _QUANTITY_FACTOR).quantize(_QUANTUM)


def quantity_sum(column: ColumnElement[Decimal] | InstrumentedAttribute[Decimal]) -> ColumnElement[Decimal]:
    """SUM of a Quantity column, typed so that the result comes back as a Decimal (0 when there are no rows)."""
    return func.coalesce(func.sum(column), 0, type_=Quantity())


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as UTC; SQLite keeps no zone, so the zone is put back on reading."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an aware one is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
