"""The salon's day: how long each service takes, and the appointments booked with the workers (docs/orders.md).

An appointment is never changed: booking writes its first row; moving it, cancelling it or marking the customer
arrived each writes a new row that replaces the one before (`replaces_id`, unique: a row is replaced once, so two
tills changing one appointment at once cannot both win). What is booked now is the rows no other row replaces.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ska_pos import clock
from ska_pos.db.models.base import Base, UuidPrimaryKey

APPOINTMENT_STATUSES = ("booked", "cancelled", "arrived")


class ServiceDuration(Base):
    """How many minutes a service takes (a salon's cut, colour, creambath); an item without a row takes the
    outlet's default (services/salon/durations.py). Master data, like the stock minimum: one row per item."""

    __tablename__ = "service_duration"
    __table_args__ = (CheckConstraint("minutes > 0 AND minutes <= 480", name="minutes"),)

    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"), primary_key=True)
    minutes: Mapped[int]
    updated_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    updated_at: Mapped[datetime] = mapped_column(default=clock.now)


class SalonAppointment(UuidPrimaryKey, Base):
    """One state of an appointment: a service with a worker from `starts_at` for `minutes`. `appointment_id` is the
    first row's id, shared by every later row of the same appointment; `visit_id` is shared by the appointments
    booked together for one customer (several services by several workers: one order when they arrive)."""

    __tablename__ = "salon_appointment"
    __table_args__ = (
        CheckConstraint(f"status IN {APPOINTMENT_STATUSES}", name="status"),
        CheckConstraint("minutes > 0 AND minutes <= 480", name="minutes"),
        UniqueConstraint("till_id", "seq"),
        UniqueConstraint("replaces_id"),
        Index("ix_salon_appointment_outlet_date", "outlet_id", "business_date"),
        Index("ix_salon_appointment_worker_date", "worker_id", "business_date"),
    )

    appointment_id: Mapped[uuid.UUID] = mapped_column(index=True)
    replaces_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("salon_appointment.id"), default=None)
    visit_id: Mapped[uuid.UUID]
    outlet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("outlet.id"))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    status: Mapped[str] = mapped_column(String(16))
    worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id"))
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("item.id"))
    starts_at: Mapped[datetime]
    minutes: Mapped[int]
    business_date: Mapped[date]  # the day of `starts_at` at the outlet: the day view reads by it
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer.id"), default=None)
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    phone_sealed: Mapped[str | None] = mapped_column(Text, default=None)  # a walk-in's phone, sealed to the visit
    phone_tail: Mapped[str] = mapped_column(String(4), default="", server_default="")  # shown on the day view
    note: Mapped[str] = mapped_column(Text, default="")
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customer_order.id"), default=None)  # arrived
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)


class SalonSessionLine(UuidPrimaryKey, Base):
    """A visit's line paid with a session of a prepaid package (services/salon/sessions.py): the session's own
    sale recognised it, so the visit's completion sale leaves the line out. Append-only; one row per line and per
    session."""

    __tablename__ = "salon_session_line"
    __table_args__ = (
        UniqueConstraint("order_id", "line_no"),
        UniqueConstraint("package_id", "session_no"),
        UniqueConstraint("till_id", "seq"),
    )

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customer_order.id"), index=True)
    line_no: Mapped[int]
    package_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("package_sale.id"))
    session_no: Mapped[int]
    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sale.id"))  # the session's sale
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("till.id"))
    seq: Mapped[int]
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(default=clock.now)
