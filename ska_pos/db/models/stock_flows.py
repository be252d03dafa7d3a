"""Stock that moves between outlets of a sentra (transfers) and what a café item uses up when sold (recipes).

A transfer is two append-only records: what was sent (and its lines, at the sending outlet's cost) and, later and
at most once, what was received (and per line how much arrived and how much was lost on the way, with the reason).
Both are numbered per till like sales (`till_id`, `seq`), so a later sync can send them twice and keep one.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey


class StockTransfer(UuidPrimaryKey, Base):
    """Goods sent from one outlet to another of the same sentra; its lines are `StockTransferLine`."""

    __tablename__ = "stock_transfer"
    __table_args__ = (
        CheckConstraint("from_outlet_id <> to_outlet_id", name="two_outlets"),
        UniqueConstraint("from_outlet_id", "number"),
        UniqueConstraint("till_id", "seq"),
    )

    from_outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    to_outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    sent_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    sent_at: Mapped[datetime] = mapped_column(default=clock.now)
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int | None]


class StockTransferLine(UuidPrimaryKey, Base):
    """One item sent: `item_id` at the sending outlet, `to_item_id` the same goods (same SKU) at the receiving one.
    `worker_id`: the maker whose consigned pieces these are (they stay theirs); `unit_cost` is the cost sent."""

    __tablename__ = "stock_transfer_line"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity"), CheckConstraint("unit_cost >= 0", name="cost"))

    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_transfer.id"), index=True)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"))
    to_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"))
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"))
    quantity: Mapped[Decimal]
    unit_cost: Mapped[int] = mapped_column(default=0)


class StockTransferReceipt(UuidPrimaryKey, Base):
    """The receiving of a transfer: one per transfer (the unique key refuses a second, from any till). A loss in
    transit needs a supervisor's approval, recorded here."""

    __tablename__ = "stock_transfer_receipt"
    __table_args__ = (UniqueConstraint("transfer_id"), UniqueConstraint("till_id", "seq"))

    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_transfer.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    received_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    received_at: Mapped[datetime] = mapped_column(default=clock.now)
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int | None]


class StockTransferReceivedLine(UuidPrimaryKey, Base):
    """What arrived of one line sent; `lost` is the rest (sent = received + lost), with its reason."""

    __tablename__ = "stock_transfer_received_line"
    __table_args__ = (
        CheckConstraint("received >= 0 AND lost >= 0", name="quantities"),
        UniqueConstraint("receipt_id", "line_id"),
    )

    receipt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_transfer_receipt.id"))
    line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_transfer_line.id"))
    received: Mapped[Decimal]
    lost: Mapped[Decimal]
    loss_reason: Mapped[str] = mapped_column(Text, default="")


class RecipeLine(UuidPrimaryKey, Base):
    """One ingredient a sold item uses up: a cup of kopi susu takes 18 g of coffee. `quantity` is in `unit`, the
    ingredient's stock unit or a smaller one that converts to it (domain/recipe_units.py, checked when written)."""

    __tablename__ = "recipe_line"
    __table_args__ = (UniqueConstraint("item_id", "ingredient_id"), CheckConstraint("quantity > 0", name="quantity"))

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"))
    ingredient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"), index=True)
    quantity: Mapped[Decimal]
    unit: Mapped[str] = mapped_column(String(16))
