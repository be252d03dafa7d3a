"""Cash shifts of a till. Opening, each cash movement and the closing are separate rows, never edited."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey


class Shift(UuidPrimaryKey, Base):
    __tablename__ = "shift"
    __table_args__ = (CheckConstraint("opening_float >= 0", name="float"),)

    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"), index=True)
    opened_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    opened_at: Mapped[datetime] = mapped_column(default=clock.now)
    opening_float: Mapped[int]

    closing: Mapped[ShiftClosing | None] = relationship(back_populates="shift")


class CashMovement(UuidPrimaryKey, Base):
    __tablename__ = "cash_movement"
    __table_args__ = (
        CheckConstraint("direction IN ('in', 'out')", name="direction"),
        CheckConstraint("amount > 0", name="amount"),
    )

    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shift.id"), index=True)
    direction: Mapped[str] = mapped_column(String(4))
    amount: Mapped[int]
    reason: Mapped[str] = mapped_column(Text)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class ShiftClosing(UuidPrimaryKey, Base):
    __tablename__ = "shift_closing"

    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shift.id"), unique=True)
    closed_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    approved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    closed_at: Mapped[datetime] = mapped_column(default=clock.now)
    expected_cash: Mapped[int]
    counted_cash: Mapped[int]
    difference: Mapped[int]
    denominations: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str] = mapped_column(Text, default="")

    shift: Mapped[Shift] = relationship(back_populates="closing")
