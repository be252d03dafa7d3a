"""The salon's appointments as the day view and the booking dialogs read them: the rows in force (a change is a new
row replacing the one before: db/models/salon.py), with the worker's, the service's and the customer's names."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session, aliased

from ska_pos.db.models import Customer, Item, SalonAppointment, Worker, worker_outlet
from ska_pos.i18n import _
from ska_pos.services.errors import NotFound

HOLDING = ("booked", "arrived")  # the states that keep the worker's time


@dataclass(frozen=True)
class Appointment:
    appointment_id: uuid.UUID
    row_id: uuid.UUID  # the row now in force (the one a change replaces)
    visit_id: uuid.UUID
    status: str
    worker_id: uuid.UUID
    worker_name: str
    item_id: uuid.UUID
    item_name: str
    starts_at: datetime
    minutes: int
    customer_name: str
    note: str
    order_id: uuid.UUID | None
    phone_tail: str = ""  # the last digits of a walk-in's phone: the day view's tooltip shows them

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class DayView:
    day: date
    workers: tuple[tuple[uuid.UUID, str], ...]  # (id, name): the outlet's active workers, the view's columns
    appointments: tuple[Appointment, ...]  # booked and arrived, by start

    def of_worker(self, worker_id: uuid.UUID) -> list[Appointment]:
        return [a for a in self.appointments if a.worker_id == worker_id]


def day_view(session: Session, outlet_id: uuid.UUID, day: date) -> DayView:
    """The outlet's workers and the appointments in force on `day` (booked or arrived), by start."""
    workers = tuple(session.execute(
        select(Worker.id, Worker.display_name).join(worker_outlet, worker_outlet.c.worker_id == Worker.id)
        .where(worker_outlet.c.outlet_id == outlet_id, Worker.active).order_by(Worker.display_name)
    ).all())  # fmt: skip
    query = in_force_query().where(SalonAppointment.outlet_id == outlet_id, SalonAppointment.business_date == day,
                                    SalonAppointment.status.in_(HOLDING))  # fmt: skip
    return DayView(day, workers, tuple(appointment_rows(session, query)))


def appointment(session: Session, appointment_id: uuid.UUID) -> Appointment:
    query = in_force_query().where(SalonAppointment.appointment_id == appointment_id)
    found = appointment_rows(session, query)
    if not found:
        raise NotFound(_("No such appointment"))
    return found[0]


def appointment_rows(session: Session, query: Select[SalonAppointment]) -> list[Appointment]:
    rows = list(session.scalars(query.order_by(SalonAppointment.starts_at, SalonAppointment.id)))
    if not rows:
        return []
    workers = dict(session.execute(select(Worker.id, Worker.display_name)
                                   .where(Worker.id.in_({row.worker_id for row in rows}))).all())  # fmt: skip
    items = dict(session.execute(select(Item.id, Item.name).where(Item.id.in_({row.item_id for row in rows}))).all())
    customers = dict(session.execute(select(Customer.id, Customer.name).where(
        Customer.id.in_({row.customer_id for row in rows if row.customer_id}))).all())  # fmt: skip
    return [
        Appointment(
            row.appointment_id,
            row.id,
            row.visit_id,
            row.status,
            row.worker_id,
            workers[row.worker_id],
            row.item_id,
            items[row.item_id],
            row.starts_at,
            row.minutes,
            customers.get(row.customer_id, "") if row.customer_id else row.customer_name,
            row.note,
            row.order_id,
            row.phone_tail,
        )
        for row in rows
    ]


def in_force_query() -> Select[SalonAppointment]:
    later = aliased(SalonAppointment)
    return select(SalonAppointment).where(~exists().where(later.replaces_id == SalonAppointment.id))
