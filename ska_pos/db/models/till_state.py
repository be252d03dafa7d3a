"""Working state of a till that is not financial: held carts, the print queue and which computer has the till."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey

PRINT_STATUSES = ("pending", "done", "failed")


class HeldSale(UuidPrimaryKey, Base):
    """A cart put aside to be recalled later; it survives a restart. Deleted when recalled."""

    __tablename__ = "held_sale"

    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"), index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    label: Mapped[str] = mapped_column(String(120), default="")
    cart_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class PrintJob(UuidPrimaryKey, Base):
    __tablename__ = "print_job"
    # The retry worker's reads (a till's pending and failed jobs) search this one index; the till's history of
    # printed jobs stays out of their way, and a sale's jobs are one index entry each (migration 0032).
    __table_args__ = (Index("ix_print_job_till_status", "till_id", "status"),)

    till_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("till.id"))
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale.id"))
    kind: Mapped[str] = mapped_column(String(16))
    payload: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
    printed_at: Mapped[datetime | None] = mapped_column(default=None)


class TillClaim(Base):
    """The computer that has a till open now: one row per till, renewed in place while the till runs.

    A lease, not a record: it says nothing about money and matters only in the database the computers share, so
    it is updated in place and never synced. An append-only log of renewals would grow by a row every half minute
    per till for nothing; what is worth keeping (a takeover of a computer that stopped) goes to the audit log."""

    __tablename__ = "till_claim"

    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"), primary_key=True)
    machine_id: Mapped[uuid.UUID]
    hostname: Mapped[str] = mapped_column(String(255), default="")
    claimed_at: Mapped[datetime] = mapped_column(default=clock.now)
    renewed_at: Mapped[datetime] = mapped_column(default=clock.now)
