"""The declarative base: one type map and one constraint naming convention for every table."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import BigInteger, MetaData, Table, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ska_pos.db.types import Quantity, UtcDateTime
from ska_pos.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        int: BigInteger,
        uuid.UUID: Uuid(),
        datetime: UtcDateTime(),
        Decimal: Quantity(),
    }


class UuidPrimaryKey:
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class, for bulk inserts on hot paths."""
    table = model.__table__
    assert isinstance(table, Table)
    return table
