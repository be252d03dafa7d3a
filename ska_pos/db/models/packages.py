"""Prepaid packages (docs/orders.md, "Prepaid packages"): a package sold to a customer, each session used (the sale
that recognised it) and undone, its expiry (what was left, recognised as breakage) or its refund. Every row is
appended, never changed; rows a till writes carry the till and its own sequence number, as the orders' do."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey


class PackageSale(UuidPrimaryKey, Base):
    """A package sold: the plan as it was (name, service item, sessions, price, last day), and how it was paid. The
    money is held for the customer until sessions are used or the package expires."""

    __tablename__ = "package_sale"
    __table_args__ = (
        UniqueConstraint("till_id", "seq"),
        Index("ix_package_sale_outlet_date", "outlet_id", "business_date"),
        CheckConstraint("sessions > 0", name="sessions"),
        CheckConstraint("price >= 0", name="price"),
    )

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shift.id"), index=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer.id"), index=True)
    plan_code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(120))
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"))
    sessions: Mapped[int]
    price: Mapped[int]
    method: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str] = mapped_column(String(120), default="")
    expires_on: Mapped[date]  # the last business date a session may be used
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    sold_at: Mapped[datetime] = mapped_column(default=clock.now)
    business_date: Mapped[date]


class PackageUse(UuidPrimaryKey, Base):
    """One session used: its number (one row per number, so two tills never use the same session), its value,
    and the sale that recognised it and credited the worker."""

    __tablename__ = "package_use"
    __table_args__ = (
        UniqueConstraint("package_id", "session_no"),
        UniqueConstraint("till_id", "seq"),
        CheckConstraint("value >= 0", name="value"),
    )

    package_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("package_sale.id"), index=True)
    session_no: Mapped[int]
    value: Mapped[int]
    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sale.id"))
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    used_at: Mapped[datetime] = mapped_column(default=clock.now)
    business_date: Mapped[date]


class PackageExpiry(UuidPrimaryKey, Base):
    """A package past its last day with sessions left: what was still held is breakage revenue, with no worker's
    share, on the business date the expiry was recorded (never back in a day already closed); `expires_on` keeps
    the package's last valid day for the report."""

    __tablename__ = "package_expiry"
    __table_args__ = (UniqueConstraint("till_id", "seq"), CheckConstraint("amount >= 0", name="amount"))

    package_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("package_sale.id"), unique=True)
    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    sessions_left: Mapped[int]
    amount: Mapped[int]
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=clock.now)
    business_date: Mapped[date]
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    expires_on: Mapped[date]


class PackageRefund(UuidPrimaryKey, Base):
    """What a package still held, given back to the customer (cash out of the shift, or a transfer) with a reason
    and a supervisor's approval: the package then has no sessions left. One per package. In cash, the rupiah below
    the outlet's cash unit stay with the outlet as breakage (`kept`), as a sale's cash refund is rounded."""

    __tablename__ = "package_refund"
    __table_args__ = (
        UniqueConstraint("till_id", "seq"),
        CheckConstraint("amount >= 0", name="amount"),
        CheckConstraint("kept >= 0", name="kept"),
    )

    package_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("package_sale.id"), unique=True)
    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shift.id"), index=True)
    sessions_left: Mapped[int]
    amount: Mapped[int]  # handed back
    kept: Mapped[int]  # below the outlet's cash unit, not handed back in cash: breakage
    method: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str] = mapped_column(String(120), default="")
    reason: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    approved_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    refunded_at: Mapped[datetime] = mapped_column(default=clock.now)
    business_date: Mapped[date]


class PackageUndo(UuidPrimaryKey, Base):
    """A session used by mistake, back on its package: the session's sale voided (`void_sale_id`, the worker's
    credit reversed with it), with a reason and a supervisor's approval. One per session used."""

    __tablename__ = "package_undo"
    __table_args__ = (UniqueConstraint("till_id", "seq"), CheckConstraint("value >= 0", name="value"))

    use_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("package_use.id"), unique=True)
    package_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("package_sale.id"), index=True)
    void_sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sale.id"))
    value: Mapped[int]
    reason: Mapped[str] = mapped_column(String(200))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    approved_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    undone_at: Mapped[datetime] = mapped_column(default=clock.now)
    business_date: Mapped[date]
