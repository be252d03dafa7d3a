"""The demo salon's day: how long each service takes, appointments booked on the last days (one cancelled, one
moved) and today (one visit by two workers), and today's walk-in queue on the salon's second till, one customer
already being served, so the queue and the day view open full."""

from __future__ import annotations

import contextlib
import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ska_pos.db.models import Category, Item, Worker
from ska_pos.demo.people_data import FAMILY_NAMES, FIRST_NAMES
from ska_pos.services import shifts
from ska_pos.services.actor import Actor
from ska_pos.services.errors import ServiceError
from ska_pos.services.salon.appointment_views import day_view
from ska_pos.services.salon.appointments import (
    AppointmentForm,
    BookedService,
    DoubleBooked,
    book_appointment,
    cancel_appointment,
    mark_arrived,
    move_appointment,
)
from ska_pos.services.salon.durations import set_service_duration
from ska_pos.services.salon.queue import join_queue, take_next

MINUTES_BY_CATEGORY = {"Potong": 30, "Perawatan": 45, "Warna": 90, "Tata Rias": 45, "Kuku": 40, "Pijat": 60}
# (hour, minute) of each booking of a day; the first of today is one visit of two services by two workers
TODAY_TIMES = [(10, 0), (11, 0), (13, 0), (14, 30), (16, 0), (18, 30)]
PAST_TIMES = [(10, 0), (13, 30), (15, 0)]
WALK_INS_MINUTES_AGO = (45, 30, 12, 5)


def set_durations(session: Session, manager: Actor, items: list[Item]) -> None:
    names = dict(session.execute(select(Category.id, Category.name)).all())
    for item in items:
        if item.kind == "service" and item.category_id is not None:
            minutes = MINUTES_BY_CATEGORY.get(names.get(item.category_id, ""))
            if minutes:
                set_service_duration(session, manager, item.id, minutes)


def book_past_days(
    session: Session, cashier: Actor, rng: random.Random, items: list[Item], workers: list[Worker], today: date,
    zone: str, days: int = 3,
) -> None:  # fmt: skip
    """Appointments booked on the mornings of the last `days` days: the day views of those days are not empty."""
    services = _services(items)
    for offset in range(days, 0, -1):
        day = today - timedelta(days=offset)
        morning = datetime.combine(day, time(8, 0), tzinfo=ZoneInfo(zone))
        for index, (hour, minute) in enumerate(PAST_TIMES):
            start = datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(zone))
            service = BookedService(rng.choice(services).id, workers[index % len(workers)].id, start)
            book_appointment(session, cashier, AppointmentForm([service], customer_name=_name(rng)), now=morning)
        assert cashier.outlet_id is not None
        booked = day_view(session, cashier.outlet_id, day).appointments
        if booked:
            cancel_appointment(session, cashier, booked[-1].appointment_id, "Pelanggan berhalangan", now=morning)


def salon_now(
    session: Session, cashier: Actor, rng: random.Random, items: list[Item], workers: list[Worker], now: datetime
) -> None:
    """Today: the shift of the salon's second till open, the day's appointments, the walk-in queue."""
    opened = max(now - timedelta(hours=3), datetime.combine(now.date(), time(0, 5), tzinfo=now.tzinfo))
    shifts.open_shift(session, cashier, 100_000, now=opened)
    services = _services(items)
    booked_at = min(datetime.combine(now.date(), time(8, 0), tzinfo=now.tzinfo), opened)
    for index, (hour, minute) in enumerate(TODAY_TIMES):
        start = datetime.combine(now.date(), time(hour, minute), tzinfo=now.tzinfo)
        first = BookedService(rng.choice(services).id, workers[index % len(workers)].id, start)
        more = [BookedService(rng.choice(services).id, workers[(index + 1) % len(workers)].id)] if index == 0 else []
        with contextlib.suppress(DoubleBooked):  # a worker of a small salon already busy then: not booked twice
            book_appointment(session, cashier, AppointmentForm([first, *more], customer_name=_name(rng)), now=booked_at)
    assert cashier.outlet_id is not None
    today = day_view(session, cashier.outlet_id, now.date()).appointments
    later = [booked for booked in today if booked.starts_at > now + timedelta(hours=1)]
    if later:  # one moved half an hour on, as a customer asks by phone
        move_appointment(session, cashier, later[-1].appointment_id, later[-1].starts_at + timedelta(minutes=30),
                         now=booked_at)  # fmt: skip
    arrived = set()
    for booked in today:
        if opened <= booked.starts_at <= now and booked.visit_id not in arrived:
            arrived.add(booked.visit_id)
            mark_arrived(session, cashier, booked.visit_id, now=booked.starts_at)
    for minutes_ago in WALK_INS_MINUTES_AGO:
        at = max(now - timedelta(minutes=minutes_ago), opened)
        stylist = rng.choice([None, None, *[worker.id for worker in workers]])
        join_queue(session, cashier, _name(rng), [(rng.choice(services).id, stylist)], now=at)
    with contextlib.suppress(ServiceError):  # nobody waiting for that stylist: the queue shows everyone waiting
        take_next(session, cashier, workers[0].id, now=now - timedelta(minutes=3))


def _services(items: list[Item]) -> list[Item]:
    return [item for item in items if item.kind == "service" and item.active]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(FAMILY_NAMES)}"
