"""A galeri jahit's records (migration 0022, docs/orders.md "Tailoring"): each taking of a customer's measurements
and its values, the takings an order was made to, the order's cloth, and its fittings. Every row is appended, never
changed: a re-measure is a new taking, a fitting done is a row of its own.

An order names the takings it was made to (`order_measurement`). A taking is never changed, so the link freezes the
values as a copy would: a later taking of the same customer is a new row the order does not name.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey


class Measurement(UuidPrimaryKey, Base):
    """One taking of measurements for one garment type. `customer_id` is None for a customer not in the list, whose
    taking lives on the order it was taken for only."""

    __tablename__ = "measurement"
    __table_args__ = (
        UniqueConstraint("till_id", "seq"),
        Index("ix_measurement_customer_taken", "customer_id", "taken_at"),
    )

    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"))
    garment: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    taken_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    taken_at: Mapped[datetime] = mapped_column(default=clock.now)
    business_date: Mapped[date]


class MeasurementValue(UuidPrimaryKey, Base):
    __tablename__ = "measurement_value"
    __table_args__ = (
        UniqueConstraint("measurement_id", "measure"),
        CheckConstraint("cm > 0", name="cm"),
    )

    measurement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("measurement.id"), index=True)
    measure: Mapped[str] = mapped_column(String(16))
    cm: Mapped[Decimal]


class OrderMeasurement(UuidPrimaryKey, Base):
    __tablename__ = "order_measurement"
    __table_args__ = (UniqueConstraint("order_id", "measurement_id"),)

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer_order.id"), index=True)
    measurement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("measurement.id"))


class OrderCloth(UuidPrimaryKey, Base):
    """Whose cloth the order is sewn from: the customer's own (printed on the ticket, with what it is), or the
    shop's (then sold as an item line of the order)."""

    __tablename__ = "order_cloth"

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer_order.id"), unique=True)
    own_cloth: Mapped[bool]
    note: Mapped[str] = mapped_column(Text, default="")


class OrderFitting(UuidPrimaryKey, Base):
    """A fitting booked on an order: when the customer comes to try the garment on."""

    __tablename__ = "order_fitting"
    __table_args__ = (UniqueConstraint("till_id", "seq"),)

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer_order.id"), index=True)
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    fitting_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class OrderFittingDone(UuidPrimaryKey, Base):
    """A fitting that took place, with what it found (at most once per fitting)."""

    __tablename__ = "order_fitting_done"
    __table_args__ = (UniqueConstraint("till_id", "seq"),)

    fitting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("order_fitting.id"), unique=True)
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    done_at: Mapped[datetime] = mapped_column(default=clock.now)
