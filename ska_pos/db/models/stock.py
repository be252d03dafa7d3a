"""Where stock comes from and how it is checked: suppliers, receiving notes (and a maker's consignments) and counts.

The quantities themselves are movements in `stock_movement` (ledger.py) that point at these documents.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey

STOCK_DOCUMENT_KINDS = ("receive", "consign_in", "consign_return")
COUNT_STATES = ("open", "approved", "cancelled")


class Supplier(UuidPrimaryKey, Base):
    __tablename__ = "supplier"
    __table_args__ = (UniqueConstraint("sentra_id", "code"),)

    sentra_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sentra.id"))
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class StockDocument(UuidPrimaryKey, Base):
    """A receiving note from a supplier, or a maker's consignment brought in or taken back; its lines are the
    movements whose `document_id` is this one."""

    __tablename__ = "stock_document"
    __table_args__ = (
        CheckConstraint(f"kind IN {STOCK_DOCUMENT_KINDS}", name="kind"),
        UniqueConstraint("outlet_id", "number"),
    )

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    kind: Mapped[str] = mapped_column(String(16))
    number: Mapped[str] = mapped_column(String(40))
    supplier_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("supplier.id"), index=True)
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"), index=True)
    reference: Mapped[str] = mapped_column(String(80), default="")  # the supplier's own invoice or delivery number
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class StockCount(UuidPrimaryKey, Base):
    """A stock take of one outlet, or of one category of it. The till goes on selling while it is open."""

    __tablename__ = "stock_count"
    __table_args__ = (CheckConstraint(f"state IN {COUNT_STATES}", name="state"),)

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"), index=True)
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("category.id"))
    state: Mapped[str] = mapped_column(String(16), default="open")
    started_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    started_at: Mapped[datetime] = mapped_column(default=clock.now)
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    approved_at: Mapped[datetime | None] = mapped_column(default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class StockCountLine(UuidPrimaryKey, Base):
    """One item counted: `expected` is the on-hand at the moment it was counted, so a sale before that moment is
    in both figures and a sale after it in neither."""

    __tablename__ = "stock_count_line"
    __table_args__ = (UniqueConstraint("count_id", "item_id"),)

    count_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_count.id"))
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"))
    counted: Mapped[Decimal]
    expected: Mapped[Decimal]
    reason: Mapped[str] = mapped_column(Text, default="")
    counted_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    counted_at: Mapped[datetime] = mapped_column(default=clock.now)


class StockMinimum(Base):
    """At or below `quantity` on hand an item is low: the till marks it and it goes on the reorder list.
    (`item.min_quantity` is another thing: the least a line may sell.)"""

    __tablename__ = "stock_minimum"
    __table_args__ = (CheckConstraint("quantity >= 0", name="quantity"),)

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"), primary_key=True)
    quantity: Mapped[Decimal]
    updated_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    updated_at: Mapped[datetime] = mapped_column(default=clock.now)
