"""Append-only records: worker earnings, payouts, stock movements and the audit log."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey

EARNING_KINDS = ("sale", "void", "refund", "adjustment", "tip")  # a tip is no revenue: credited Rp0
PAYOUT_METHODS = ("cash", "transfer")
# Every way stock moves. `consign_in`/`consign_return`: a maker's pieces brought and taken back (theirs until sold);
# `count`: the difference a approved stock take posts; `recipe`: what a café sale consumed.
STOCK_KINDS = ("sale", "void", "refund", "receive", "consign_in", "consign_return", "transfer_out", "transfer_in",
               "waste", "adjust", "count", "recipe")  # fmt: skip


class EarningEntry(UuidPrimaryKey, Base):
    """One worker's credit on one sale line (or a reversal, or a manager's adjustment).

    `credited_amount` is the worker's part of the line's net revenue; `amount` is what the worker earns from it;
    the outlet keeps the difference. The rule that applied is copied so that later rule changes alter nothing.
    """

    __tablename__ = "earning_entry"
    __table_args__ = (
        CheckConstraint(f"kind IN {EARNING_KINDS}", name="kind"),
        CheckConstraint("split_bp BETWEEN 0 AND 10000", name="split"),
        # Covers the per-worker sums of the earnings reports (migration 0002), and every other look-up by worker and
        # date: its first two columns were a second index of their own until migration 0032.
        Index("ix_earning_worker_sums", "worker_id", "business_date", "kind", "credited_amount", "amount"),
        Index("ix_earning_outlet_date", "outlet_id", "business_date"),
    )

    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id"))
    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale.id"), index=True)
    sale_line_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale_line.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    business_date: Mapped[date]
    split_bp: Mapped[int] = mapped_column(default=10000)
    quantity: Mapped[Decimal] = mapped_column(default=Decimal(0))
    credited_amount: Mapped[int]
    amount: Mapped[int]
    share_rule_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("share_rule.id"))
    rule_kind: Mapped[str] = mapped_column(String(16), default="")
    rule_percent_bp: Mapped[int] = mapped_column(default=0)
    rule_fixed_per_unit: Mapped[int] = mapped_column(default=0)
    reverses_entry_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("earning_entry.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class Payout(UuidPrimaryKey, Base):
    __tablename__ = "payout"
    __table_args__ = (
        CheckConstraint(f"method IN {PAYOUT_METHODS}", name="method"),
        Index("ix_payout_worker_paid", "worker_id", "paid_on"),
    )

    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id"))
    amount: Mapped[int]
    method: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str] = mapped_column(String(120), default="")
    period_from: Mapped[date | None] = mapped_column(default=None)
    period_to: Mapped[date | None] = mapped_column(default=None)
    paid_on: Mapped[date]
    paid_at: Mapped[datetime] = mapped_column(default=clock.now)
    paid_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    over_balance_reason: Mapped[str] = mapped_column(Text, default="")
    reverses_payout_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("payout.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class StockMovement(UuidPrimaryKey, Base):
    """One change of one item's stock at one outlet: the truth that `stock_on_hand` caches.

    Append-only. `till_id`/`seq` number the rows of the till that wrote them (None: a command-line run), as sales
    are numbered, so a later sync can send the same rows twice and keep one. `unit_cost` is the rupiah cost of one
    unit: what was paid on a receipt, and the moving average frozen at the moment of a sale.
    """

    __tablename__ = "stock_movement"
    __table_args__ = (
        CheckConstraint(f"kind IN {STOCK_KINDS}", name="kind"),
        CheckConstraint("unit_cost >= 0", name="unit_cost"),
        UniqueConstraint("till_id", "seq"),
        # An item's history, newest first; with the quantity, the stock check's sums read the index alone.
        Index("ix_stock_movement_item_outlet", "item_id", "outlet_id", "created_at", "quantity"),
        # A sale asks whose consigned pieces of its items are on the shelf: only the maker's rows, from the index.
        Index("ix_stock_movement_item_maker", "item_id", "worker_id", "outlet_id", "quantity"),
        # The on-hand page's consigned pieces per item of one outlet: the makers' rows only, in item order (0027).
        Index(
            "ix_stock_movement_outlet_consigned",
            "outlet_id",
            "item_id",
            "worker_id",
            "quantity",
            sqlite_where=text("worker_id IS NOT NULL"),
            postgresql_where=text("worker_id IS NOT NULL"),
        ),
    )

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"), index=True)
    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    kind: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[Decimal]
    unit_cost: Mapped[int] = mapped_column(default=0)
    sale_line_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale_line.id"), index=True)
    # The maker whose consigned pieces these are (consignment in, return, and the sale of one).
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"), index=True)
    # The receiving note, consignment or stock take the row belongs to.
    document_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int | None]
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class StockOnHand(Base):
    """The cache of the ledger: what an outlet has of an item and its moving average cost. Written in the same
    transaction as each movement; `stock check` rebuilds it from the ledger."""

    __tablename__ = "stock_on_hand"

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"), primary_key=True)
    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"), primary_key=True)
    quantity: Mapped[Decimal]
    avg_cost: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime] = mapped_column(default=clock.now)


class AuditEntry(UuidPrimaryKey, Base):
    __tablename__ = "audit_log"

    at: Mapped[datetime] = mapped_column(default=clock.now, index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    details: Mapped[str] = mapped_column(Text, default="")
